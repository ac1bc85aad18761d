namespace Actors.GraphQL.Transport;

/// <summary>The keys under which the transports put facts into <c>RequestOptions.ContextData</c>.</summary>
public static class GraphQLContextDataKeys
{
    /// <summary>The <c>HttpContext</c> of the HTTP request, or of the WebSocket upgrade request.</summary>
    public const string HttpContext = "httpContext";

    /// <summary>Which transport carried the request: <c>"http"</c>, <c>"sse"</c> or <c>"graphql-transport-ws"</c>.</summary>
    public const string Transport = "transport";

    /// <summary>The graphql-transport-ws <c>connection_init</c> payload as a <c>JsonElement</c> (absent when none was sent).</summary>
    public const string ConnectionInitPayload = "connectionInitPayload";
}
