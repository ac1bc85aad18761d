using System.Buffers;
using System.Text.Json;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;
using static Actors.GraphQL.Transport.WebSockets.GraphQLTransportWsProtocol;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>The server's messages, serialized to UTF-8 JSON text frames.</summary>
internal static class ServerMessages
{
    public static readonly byte[] Ping = """{"type":"ping"}"""u8.ToArray();

    public static byte[] ConnectionAck(object? payload) => Write(writer =>
    {
        writer.WriteString("type", MessageTypes.ConnectionAck);
        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            JsonSerializer.Serialize(writer, payload, payload.GetType());
        }
    });

    /// <summary>The answer to a <c>ping</c>, echoing its payload.</summary>
    public static byte[] Pong(JsonElement? payload) => Write(writer =>
    {
        writer.WriteString("type", MessageTypes.Pong);
        if (payload is { } value)
        {
            writer.WritePropertyName("payload");
            value.WriteTo(writer);
        }
    });

    public static byte[] Next(string id, ExecutionResult result) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Next);
        writer.WritePropertyName("payload");
        ExecutionResultWriter.Write(writer, result);
    });

    /// <summary>An <c>error</c> message: the operation failed before execution; no <c>complete</c> follows.</summary>
    public static byte[] Error(string id, IReadOnlyList<GraphQLError> errors) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Error);
        writer.WritePropertyName("payload");
        ExecutionResultWriter.WriteErrors(writer, errors);
    });

    public static byte[] Complete(string id) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Complete);
    });

    private static byte[] Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
