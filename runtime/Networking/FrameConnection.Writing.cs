using System.Buffers;
using System.IO.Pipelines;

namespace Actors.Runtime.Networking;

/// <summary>
/// The write loop: drains the queue into the transport, each frame's body serialized into a scratch buffer first
/// (its length goes before it), and flushes once per batch.
/// </summary>
internal sealed partial class FrameConnection
{
    private const int ScratchInitialBytes = 4 * 1024;

    // A body larger than this leaves a fresh small scratch buffer behind, so one huge frame does not pin its memory.
    private const int ScratchRetainedBytes = 1024 * 1024;

    // Owned by the write loop: the body of the frame being written.
    private ArrayBufferWriter<byte> _scratch = new(ScratchInitialBytes);

    private async Task WriteLoopAsync()
    {
        var output = _transport.Transport.Output;
        var queue = _queue.Reader;
        Exception? error = null;
        try
        {
            while (await queue.WaitToReadAsync().ConfigureAwait(false))
            {
                long unflushed = 0;
                while (!IsClosed && queue.TryRead(out var frame))
                {
                    unflushed += WriteFrame(output, frame);
                    if (unflushed >= _options.FlushThresholdBytes)
                    {
                        unflushed = 0;
                        if (!await FlushAsync(output).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                }

                if (unflushed > 0 && !IsClosed)
                {
                    await FlushAsync(output).ConfigureAwait(false);
                }

                if (IsClosed)
                {
                    break;
                }
            }
        }
        catch (Exception exception)
        {
            error = exception;
        }
        finally
        {
            Close(error);
            var ended = Volatile.Read(ref _ended)!;

            // A sender that saw the connection still open may queue a frame until Close has completed the queue
            // (on another thread, just after marking the connection ended): read until the queue says it is done.
            while (await queue.WaitToReadAsync().ConfigureAwait(false))
            {
                while (queue.TryRead(out var frame))
                {
                    ReportNotSent(frame, ended);
                }
            }

            // Completing the output hands over what was written (on an orderly close) and lets the socket close.
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Writes one frame (header and body) into the output; returns the bytes written, 0 if it was skipped.</summary>
    private int WriteFrame(PipeWriter output, OutgoingFrame frame)
    {
        var scratch = _scratch;
        scratch.ResetWrittenCount();
        byte kind;
        try
        {
            kind = frame.Kind;
            frame.WriteBody(scratch);
        }
        catch (Exception exception)
        {
            NetworkingLog.WriteBodyThrew(_logger, RemoteEndPoint, exception);
            ReportNotSent(frame, exception);
            return 0;
        }
        finally
        {
            if (scratch.Capacity > ScratchRetainedBytes)
            {
                _scratch = new ArrayBufferWriter<byte>(ScratchInitialBytes);
            }
        }

        var body = scratch.WrittenSpan;
        var length = body.Length + 1;
        if (length > _options.MaxFrameBytes)
        {
            ReportNotSent(frame, new InvalidOperationException(
                $"A frame of kind {kind} is {length} bytes (its kind byte plus its body); MaxFrameBytes is {_options.MaxFrameBytes}."));
            return 0;
        }

        if (IsClosed)
        {
            // Closed while the body was being written: this frame counts as not yet written.
            ReportNotSent(frame, Volatile.Read(ref _ended)!);
            return 0;
        }

        var total = FrameHeader.SizeWithKind + body.Length;
        var destination = output.GetSpan(Math.Min(total, ScratchInitialBytes));
        FrameHeader.Write(destination, length, kind);
        if (destination.Length >= total)
        {
            body.CopyTo(destination[FrameHeader.SizeWithKind..]);
            output.Advance(total);
        }
        else
        {
            output.Advance(FrameHeader.SizeWithKind);
            output.Write(body);
        }

        Interlocked.Increment(ref _framesSent);
        return total;
    }

    /// <summary>Flushes the output; false when the connection was closed meanwhile or the transport stopped reading.</summary>
    private async ValueTask<bool> FlushAsync(PipeWriter output)
    {
        Interlocked.Increment(ref _flushes);
        var result = await output.FlushAsync().ConfigureAwait(false);
        if (result.IsCanceled || IsClosed)
        {
            return false;
        }

        if (result.IsCompleted)
        {
            throw new IOException($"The transport of the connection to {RemoteEndPoint} stopped sending (the socket was closed or reset).");
        }

        return true;
    }
}
