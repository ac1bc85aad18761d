using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>The read loop: parses complete frames out of the transport's input and hands them to the handler.</summary>
internal sealed partial class FrameConnection
{
    private async Task ReadLoopAsync()
    {
        var input = _transport.Transport.Input;
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync().ConfigureAwait(false);
                if (result.IsCanceled || IsClosed)
                {
                    break;
                }

                var buffer = result.Buffer;
                var consumed = DeliverFrames(buffer);
                if (IsClosed)
                {
                    break;
                }

                if (result.IsCompleted)
                {
                    var unfinished = buffer.Slice(consumed).Length;
                    if (unfinished > 0)
                    {
                        error = new InvalidDataException(
                            $"The connection ended inside a frame: {unfinished} bytes of an unfinished frame were received.");
                    }

                    break;
                }

                // Everything was looked at: the next read waits for more bytes than the unfinished frame has.
                input.AdvanceTo(consumed, buffer.End);
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }
        finally
        {
            // A failure after the connection was closed (the transport aborting the read, say) is not the reason.
            Close(error);
            await input.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Hands every complete frame in <paramref name="buffer"/> to the handler, in order, and returns where the first
    /// unfinished frame starts. Throws <see cref="InvalidDataException"/> for a length out of range, and passes on
    /// what the handler throws.
    /// </summary>
    private SequencePosition DeliverFrames(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        var maxFrameBytes = _options.MaxFrameBytes;
        while (!IsClosed && reader.TryReadLittleEndian(out int announced))
        {
            var length = (uint)announced;
            if (!FrameHeader.IsValidLength(length, maxFrameBytes))
            {
                throw FrameHeader.LengthOutOfRange(length, maxFrameBytes);
            }

            if (reader.Remaining < length)
            {
                reader.Rewind(FrameHeader.Size);
                break;
            }

            reader.TryRead(out var kind);
            var body = reader.UnreadSequence.Slice(0, length - 1);
            reader.Advance(length - 1);
            Interlocked.Increment(ref _framesReceived);
            try
            {
                _handler.OnFrame(this, kind, body);
            }
            catch (Exception exception)
            {
                NetworkingLog.OnFrameThrew(_logger, kind, RemoteEndPoint, exception);
                throw;
            }
        }

        return reader.Position;
    }
}
