using System.Buffers;
using System.Net.WebSockets;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>Reads whole WebSocket messages (all frames up to end-of-message) of at most a given size.</summary>
internal sealed class WebSocketMessageReader(WebSocket socket, long maxBytes)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>The next message; its bytes stay valid until the next call.</summary>
    public async ValueTask<ReceivedMessage> ReadAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new ReceivedMessage(ReceivedMessageKind.Close, default);
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > maxBytes)
            {
                return new ReceivedMessage(ReceivedMessageKind.TooLarge, default);
            }

            if (result.EndOfMessage)
            {
                return new ReceivedMessage(ReceivedMessageKind.Message, _buffer.WrittenMemory);
            }
        }
    }
}

internal enum ReceivedMessageKind
{
    Message,
    TooLarge,
    Close,
}

internal readonly record struct ReceivedMessage(ReceivedMessageKind Kind, ReadOnlyMemory<byte> Utf8);
