using System.Text.Json;
using Actors.GraphQL.Execution;
using static Actors.GraphQL.Transport.WebSockets.GraphQLTransportWsProtocol;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>
/// A message from the client, checked against the protocol's shape: <c>connection_init</c>, <c>ping</c>
/// and <c>pong</c> with an optional object payload; <c>subscribe</c> with an id and a request payload;
/// <c>complete</c> with an id. Anything else is an invalid message (close 4400).
/// </summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequest? Request)
{
    public const string InvalidJsonReason = "Invalid message received";

    /// <summary>The message, or null with <paramref name="error"/> as the 4400 close reason.</summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> utf8, out string? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            error = InvalidJsonReason;
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "Message must be a JSON object";
                return null;
            }

            if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                error = "Message is missing the 'type' property";
                return null;
            }

            var type = typeElement.GetString()!;
            return type switch
            {
                MessageTypes.ConnectionInit or MessageTypes.Ping or MessageTypes.Pong => WithOptionalPayload(root, type, out error),
                MessageTypes.Subscribe => Subscribe(root, out error),
                MessageTypes.Complete => Complete(root, out error),
                MessageTypes.ConnectionAck or MessageTypes.Next or MessageTypes.Error => Invalid($"Message of type '{type}' is only sent by the server", out error),
                _ => Invalid($"Unknown message type '{type}'", out error),
            };
        }
    }

    private static ClientMessage? WithOptionalPayload(JsonElement root, string type, out string? error)
    {
        JsonElement? payload = null;
        if (root.TryGetProperty("payload", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return Invalid($"The payload of a '{type}' message must be an object", out error);
            }

            payload = value.Clone();
        }

        error = null;
        return new ClientMessage(type, null, payload, null);
    }

    private static ClientMessage? Subscribe(JsonElement root, out string? error)
    {
        if (ReadId(root) is not { } id)
        {
            return Invalid("The 'subscribe' message needs a non-empty string 'id'", out error);
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return Invalid("The 'subscribe' message needs an object 'payload'", out error);
        }

        var request = GraphQLRequestReader.Read(payload, out error);
        return request is null ? null : new ClientMessage(MessageTypes.Subscribe, id, null, request);
    }

    private static ClientMessage? Complete(JsonElement root, out string? error)
    {
        if (ReadId(root) is not { } id)
        {
            return Invalid("The 'complete' message needs a non-empty string 'id'", out error);
        }

        error = null;
        return new ClientMessage(MessageTypes.Complete, id, null, null);
    }

    private static string? ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

    private static ClientMessage? Invalid(string reason, out string? error)
    {
        error = reason;
        return null;
    }
}
