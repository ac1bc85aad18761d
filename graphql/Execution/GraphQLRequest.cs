using System.Text.Json;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A GraphQL request as a transport received it: the document (or the id of a persisted one), the
/// operation to run, variables and extensions as JSON (coerced later by the executor).
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    JsonElement? Variables = null,
    JsonElement? Extensions = null,
    string? DocumentId = null);
