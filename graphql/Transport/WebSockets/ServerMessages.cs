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

    /// <summary>The first capacity of a <c>next</c> message's buffer: most events of a subscription fit.</summary>
    private const int NextCapacity = 1024;

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

    /// <summary>
    /// What every <c>next</c> message of operation <paramref name="id"/> starts with, <c>{"id":"…","type":"next","payload":</c>,
    /// the id escaped as <see cref="Utf8JsonWriter"/> escapes it.
    /// </summary>
    public static byte[] NextPrefix(string id) =>
        [.. "{\"id\":\""u8, .. JsonEncodedText.Encode(id).EncodedUtf8Bytes, .. "\",\"type\":\"next\",\"payload\":"u8];

    /// <summary>
    /// A <c>next</c> message in a pooled buffer, which the caller disposes once it is sent: the operation's
    /// <see cref="NextPrefix"/>, the result as the HTTP responses write it (<see cref="ResponseJsonWriter"/>), and the closing brace.
    /// </summary>
    public static PooledBufferWriter Next(byte[] prefix, ExecutionResult result)
    {
        var message = new PooledBufferWriter(NextCapacity);
        message.Write(prefix);
        ExecutionResultWriter.Write(message, result);
        message.Write("}"u8);
        return message;
    }

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
