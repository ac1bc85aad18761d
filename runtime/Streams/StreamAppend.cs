namespace Actors.Runtime.Streams;

/// <summary>
/// One committed write's events on one stream, as its live readers see them: a link in a chain that each
/// <see cref="StreamSignal"/> extends, so a caught-up reader takes new events from memory instead of reading
/// the store, and the events are decoded once for all readers of the stream in this silo. Links can arrive
/// out of sequence order (two writers to one stream commit in one order and announce in the other); readers
/// check sequences and read the store to fill a gap.
/// </summary>
/// <remarks>
/// A reader holds its link while its consumer handles an event, which keeps every later link alive: the
/// memory a stalled reader pins is the stream's appends since it stalled.
/// </remarks>
internal sealed class StreamAppend
{
    private readonly TaskCompletionSource<StreamAppend> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<StreamEvent[]> _events;

    /// <summary>The start of a chain: no events.</summary>
    public StreamAppend() => _events = new Lazy<StreamEvent[]>([]);

    /// <param name="stored">Committed events of one stream, in sequence order.</param>
    public StreamAppend(IReadOnlyList<StoredEvent> stored) =>
        _events = new Lazy<StreamEvent[]>(() => [.. stored.Select(StreamHub.Decode)], LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The events, decoded on first use.</summary>
    public IReadOnlyList<StreamEvent> Events => _events.Value;

    /// <summary>The append after this one; completes when it is announced.</summary>
    public Task<StreamAppend> Next => _next.Task;

    public void Link(StreamAppend next) => _next.SetResult(next);
}
