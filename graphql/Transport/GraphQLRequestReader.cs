using System.Text.Json;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Transport;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>, and <c>documentId</c> for persisted documents) from a JSON object: the POST body,
/// or a graphql-transport-ws <c>subscribe</c> payload. A parameter of the wrong type makes the request
/// malformed; <c>null</c> equals absent; unknown members are ignored.
/// </summary>
internal static class GraphQLRequestReader
{
    public const string MissingQueryMessage = "The request has no 'query' parameter (a string holding the GraphQL document).";

    /// <summary>The request, or null with <paramref name="error"/> saying which parameter is malformed.</summary>
    public static GraphQLRequest? Read(JsonElement parameters, out string? error)
    {
        string? query = null;
        string? operationName = null;
        string? documentId = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var property in parameters.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryReadString(value, out query))
                    {
                        error = "The 'query' parameter must be a string.";
                        return null;
                    }

                    break;
                case "operationName":
                    if (!TryReadString(value, out operationName))
                    {
                        error = "The 'operationName' parameter must be a string or null.";
                        return null;
                    }

                    break;
                case "documentId":
                    if (!TryReadString(value, out documentId))
                    {
                        error = "The 'documentId' parameter must be a string or null.";
                        return null;
                    }

                    break;
                case "variables":
                    if (!TryReadMap(value, out variables))
                    {
                        error = "The 'variables' parameter must be a JSON object (a map of variable values) or null.";
                        return null;
                    }

                    break;
                case "extensions":
                    if (!TryReadMap(value, out extensions))
                    {
                        error = "The 'extensions' parameter must be a JSON object (a map) or null.";
                        return null;
                    }

                    break;
            }
        }

        return Create(query, operationName, variables, extensions, documentId, out error);
    }

    /// <summary>The request from already-typed parameters; null with <paramref name="error"/> when no document is named.</summary>
    public static GraphQLRequest? Create(string? query, string? operationName, JsonElement? variables, JsonElement? extensions, string? documentId, out string? error)
    {
        if (query is null && documentId is null && !HasPersistedQuery(extensions))
        {
            error = MissingQueryMessage;
            return null;
        }

        error = null;
        return new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, documentId);
    }

    /// <summary>An automatic-persisted-query request names its document in <c>extensions.persistedQuery</c> instead of sending it.</summary>
    private static bool HasPersistedQuery(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } map
        && map.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object;

    private static bool TryReadString(JsonElement value, out string? text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            case JsonValueKind.Null:
                text = null;
                return true;
            default:
                text = null;
                return false;
        }
    }

    private static bool TryReadMap(JsonElement value, out JsonElement? map)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                map = value.Clone();
                return true;
            case JsonValueKind.Null:
                map = null;
                return true;
            default:
                map = null;
                return false;
        }
    }
}
