namespace Actors.Runtime.Streams;

/// <summary>Wakes the readers of one stream when events are appended to it.</summary>
internal sealed class StreamSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Readers holding this signal; guarded by the hub's lock.</summary>
    public int Readers { get; set; }

    /// <summary>A task that completes at the next append; take it before reading, so no append is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Appended()
    {
        var previous = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }
}
