using System.Buffers;
using System.Collections.Concurrent;
using Actors.Runtime.Networking;

namespace Actors.Runtime.Tests.Networking;

/// <summary>
/// A frame handler that keeps what it is told: every frame (its body copied), the connection it first heard from,
/// and each OnClosed call. <see cref="OnEachFrame"/> lets a test answer, check or throw on a frame.
/// </summary>
internal sealed class RecordingHandler : IFrameHandler
{
    /// <summary>The kind of the frame <see cref="FramePair"/> sends to introduce a client; not recorded.</summary>
    public const byte HelloKind = 255;

    private readonly ConcurrentQueue<ReceivedFrame> _frames = new();
    private readonly ConcurrentQueue<Exception?> _closings = new();
    private readonly TaskCompletionSource<FrameConnection> _firstConnection = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _received;

    /// <summary>Runs on each frame (the hello included) before it is recorded; may throw to end the connection.</summary>
    public Action<FrameConnection, byte, ReadOnlySequence<byte>>? OnEachFrame { get; init; }

    /// <summary>Whether frames are copied and kept (off for the many-frames tests, which only count).</summary>
    public bool Keeps { get; init; } = true;

    /// <summary>Frames received, the hello not included.</summary>
    public IReadOnlyList<ReceivedFrame> Frames => _frames.ToArray();

    /// <summary>How many frames arrived, the hello not included.</summary>
    public int Received => Volatile.Read(ref _received);

    /// <summary>The connection of the first frame received.</summary>
    public Task<FrameConnection> FirstConnection => _firstConnection.Task;

    /// <summary>Completes with the error of the first OnClosed call.</summary>
    public Task<Exception?> Closed => _closed.Task;

    /// <summary>The errors of every OnClosed call (null for an orderly close).</summary>
    public IReadOnlyList<Exception?> Closings => _closings.ToArray();

    public void OnFrame(FrameConnection connection, byte kind, ReadOnlySequence<byte> body)
    {
        _firstConnection.TrySetResult(connection);
        OnEachFrame?.Invoke(connection, kind, body);
        if (kind == HelloKind)
        {
            return;
        }

        if (Keeps)
        {
            _frames.Enqueue(new ReceivedFrame(kind, body.ToArray()));
        }

        Interlocked.Increment(ref _received);
    }

    public void OnClosed(FrameConnection connection, Exception? error)
    {
        _closings.Enqueue(error);
        _closed.TrySetResult(error);
    }

    /// <summary>Waits (at most 10 s) until <paramref name="count"/> frames have arrived.</summary>
    public Task WhenReceived(int count) => global::Testing.Poll.Until(() => Task.FromResult(Received), received => received >= count);
}
