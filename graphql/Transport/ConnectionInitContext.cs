using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Actors.GraphQL.Transport;

/// <summary>
/// What <see cref="GraphQLServerOptions.ConnectionInitAuthorizer"/> sees of a graphql-transport-ws
/// <c>connection_init</c>: the upgrade request (headers, cookies, the user authenticated by middleware)
/// and the message's payload, where clients usually put a token.
/// </summary>
public sealed class ConnectionInitContext
{
    internal ConnectionInitContext(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Payload = payload;
        CancellationToken = cancellationToken;
    }

    /// <summary>The WebSocket upgrade request.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>connection_init</c> payload (a JSON object), or null when the client sent none.</summary>
    public JsonElement? Payload { get; }

    /// <summary>Cancelled when the socket closes (including by the initialisation timeout).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The payload's string property <paramref name="name"/>, or null when absent or not a string.</summary>
    public string? GetPayloadString(string name) =>
        Payload is { ValueKind: JsonValueKind.Object } payload
        && payload.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
