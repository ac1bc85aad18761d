using System.Buffers;
using Actors.Runtime.Networking;

namespace Actors.Runtime.Tests.Networking;

/// <summary>
/// An outgoing frame with a fixed kind and body that records whether it was reported not sent; it can be made to
/// throw from WriteBody, or to hold the write loop inside WriteBody until the test releases it.
/// </summary>
internal sealed class TestFrame(byte kind, byte[] body) : OutgoingFrame
{
    private readonly TaskCompletionSource<Exception> _notSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _notSentCalls;

    public TestFrame(byte kind, int bodyBytes)
        : this(kind, Body(kind, bodyBytes))
    {
    }

    public override byte Kind => kind;

    public byte[] BodyBytes => body;

    /// <summary>Thrown by WriteBody instead of writing.</summary>
    public Exception? Throws { get; init; }

    /// <summary>WriteBody waits (at most 10 s) for this gate before it writes.</summary>
    public ManualResetEventSlim? Gate { get; init; }

    /// <summary>Completes when the write loop has entered WriteBody.</summary>
    public Task Writing => _writing.Task;

    /// <summary>Completes with the reason given to OnNotSent.</summary>
    public Task<Exception> NotSent => _notSent.Task;

    public int NotSentCalls => Volatile.Read(ref _notSentCalls);

    public override void WriteBody(IBufferWriter<byte> output)
    {
        _writing.TrySetResult();
        if (Gate is not null && !Gate.Wait(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The test never opened the frame's gate.");
        }

        if (Throws is not null)
        {
            throw Throws;
        }

        // In pieces, as a serializer would write.
        var written = 0;
        while (written < body.Length)
        {
            var span = output.GetSpan(Math.Min(1000, body.Length - written));
            var count = Math.Min(span.Length, body.Length - written);
            body.AsSpan(written, count).CopyTo(span);
            output.Advance(count);
            written += count;
        }
    }

    public override void OnNotSent(Exception reason)
    {
        Interlocked.Increment(ref _notSentCalls);
        _notSent.TrySetResult(reason);
    }

    /// <summary>A body whose bytes depend on the kind and position, so a shifted or mixed body shows.</summary>
    public static byte[] Body(byte kind, int length)
    {
        var body = new byte[length];
        for (var i = 0; i < length; i++)
        {
            body[i] = (byte)((i * 31) + kind + (i >> 8));
        }

        return body;
    }
}
