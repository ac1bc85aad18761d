using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>
/// One GraphQL response: <c>data</c> (absent when the request failed before execution), <c>errors</c>
/// and <c>extensions</c>. A subscription produces one per event.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>A result that executed: <paramref name="data"/> may be null after null propagation.</summary>
    public static ExecutionResult Executed(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new() { HasData = true, Data = data, Errors = errors is { Count: > 0 } ? errors : null, Extensions = extensions };

    /// <summary>A request error (parse, validation, variable coercion, refused operation): no <c>data</c> entry.</summary>
    public static ExecutionResult Failed(IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new() { HasData = false, Errors = errors, Extensions = extensions };

    /// <summary>Whether the response has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; private init; }

    public ResultMap? Data { get; private init; }

    public IReadOnlyList<GraphQLError>? Errors { get; private init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; private init; }
}
