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
    private const string QueryNotStringMessage = "The 'query' parameter must be a string.";
    private const string OperationNameNotStringMessage = "The 'operationName' parameter must be a string or null.";
    private const string DocumentIdNotStringMessage = "The 'documentId' parameter must be a string or null.";
    private const string VariablesNotMapMessage = "The 'variables' parameter must be a JSON object (a map of variable values) or null.";
    private const string ExtensionsNotMapMessage = "The 'extensions' parameter must be a JSON object (a map) or null.";

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
                        error = QueryNotStringMessage;
                        return null;
                    }

                    break;
                case "operationName":
                    if (!TryReadString(value, out operationName))
                    {
                        error = OperationNameNotStringMessage;
                        return null;
                    }

                    break;
                case "documentId":
                    if (!TryReadString(value, out documentId))
                    {
                        error = DocumentIdNotStringMessage;
                        return null;
                    }

                    break;
                case "variables":
                    if (!TryReadMap(value, out variables))
                    {
                        error = VariablesNotMapMessage;
                        return null;
                    }

                    break;
                case "extensions":
                    if (!TryReadMap(value, out extensions))
                    {
                        error = ExtensionsNotMapMessage;
                        return null;
                    }

                    break;
            }
        }

        return Create(query, operationName, variables, extensions, documentId, out error);
    }

    /// <summary>
    /// The request from the JSON object the reader is on (its <c>StartObject</c>), read straight from the bytes
    /// without a <see cref="JsonDocument"/> of the whole object (only <c>variables</c> and <c>extensions</c> become
    /// elements, as the executor takes them). The reader is left on the object's <c>EndObject</c>; after a
    /// malformed parameter the rest is still read (and skipped), so that the caller's reader can report malformed
    /// JSON anywhere in the input before the parameter's error, as a parse of the whole input would.
    /// </summary>
    public static GraphQLRequest? Read(ref Utf8JsonReader reader, out string? error)
    {
        string? query = null;
        string? operationName = null;
        string? documentId = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var parameter = ParameterAt(ref reader);
            reader.Read();
            if (error is not null)
            {
                reader.Skip();
                continue;
            }

            var wellTyped = parameter switch
            {
                Parameter.Query => TryReadString(ref reader, out query),
                Parameter.OperationName => TryReadString(ref reader, out operationName),
                Parameter.DocumentId => TryReadString(ref reader, out documentId),
                Parameter.Variables => TryReadMap(ref reader, out variables),
                Parameter.Extensions => TryReadMap(ref reader, out extensions),
                _ => true,
            };
            if (!wellTyped)
            {
                error = parameter switch
                {
                    Parameter.Query => QueryNotStringMessage,
                    Parameter.OperationName => OperationNameNotStringMessage,
                    Parameter.DocumentId => DocumentIdNotStringMessage,
                    Parameter.Variables => VariablesNotMapMessage,
                    _ => ExtensionsNotMapMessage,
                };
            }

            // Unknown members, and values of the wrong type, are still to be read past.
            reader.Skip();
        }

        return error is null ? Create(query, operationName, variables, extensions, documentId, out error) : null;
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

    /// <summary>Which parameter the property name at the reader names (escapes in the name are compared unescaped).</summary>
    private static Parameter ParameterAt(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("query"u8) ? Parameter.Query
        : reader.ValueTextEquals("operationName"u8) ? Parameter.OperationName
        : reader.ValueTextEquals("variables"u8) ? Parameter.Variables
        : reader.ValueTextEquals("extensions"u8) ? Parameter.Extensions
        : reader.ValueTextEquals("documentId"u8) ? Parameter.DocumentId
        : Parameter.Unknown;

    private static bool TryReadString(ref Utf8JsonReader reader, out string? text)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                text = reader.GetString();
                return true;
            case JsonTokenType.Null:
                text = null;
                return true;
            default:
                text = null;
                return false;
        }
    }

    /// <summary>An object value becomes an element of its own (its bytes copied), leaving the reader on its <c>EndObject</c>.</summary>
    private static bool TryReadMap(ref Utf8JsonReader reader, out JsonElement? map)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                map = JsonElement.ParseValue(ref reader);
                return true;
            case JsonTokenType.Null:
                map = null;
                return true;
            default:
                map = null;
                return false;
        }
    }

    private enum Parameter
    {
        Unknown,
        Query,
        OperationName,
        Variables,
        Extensions,
        DocumentId,
    }
}
