namespace Actors.Runtime.Streams;

/// <summary>
/// One link in the chain of a stream's live news, which each <see cref="StreamSignal"/> extends: either one
/// committed write's events on the stream, announced by this process with the events in hand (decoded once for
/// all readers of the stream here, so a caught-up reader takes them from memory instead of reading the store),
/// or a notification that events up to <see cref="StoredUpTo"/> are in the store (another process wrote them),
/// which sends every reader still behind it to the store. Links can arrive out of sequence order (two writers to
/// one stream commit in one order and announce in the other; a notification crosses an announcement); readers
/// check sequences and read the store to fill a gap.
/// </summary>
/// <remarks>
/// A reader holds its link while its consumer handles an event, which keeps every later link alive: the
/// memory a stalled reader pins is the stream's links since it stalled.
/// </remarks>
internal sealed class StreamAppend
{
    private readonly TaskCompletionSource<StreamAppend> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<StreamEvent[]> _events;

    /// <summary>The start of a chain: no events.</summary>
    public StreamAppend() => _events = new Lazy<StreamEvent[]>([]);

    /// <param name="stored">Committed events of one stream, in sequence order.</param>
    public StreamAppend(IReadOnlyList<StoredEvent> stored) =>
        _events = new Lazy<StreamEvent[]>(() => [.. stored.Select(EventTypes.Decode)], LazyThreadSafetyMode.ExecutionAndPublication);

    /// <param name="storedUpTo">The stream's events up to this sequence are committed; <see cref="long.MaxValue"/> when unknown.</param>
    public StreamAppend(long storedUpTo)
        : this() => StoredUpTo = storedUpTo;

    /// <summary>The events, decoded on first use; none for a notification.</summary>
    public IReadOnlyList<StreamEvent> Events => _events.Value;

    /// <summary>
    /// For a notification, the sequence the stream has reached in the store: a reader before it must read the
    /// store. 0 for an announcement, whose events are in hand.
    /// </summary>
    public long StoredUpTo { get; }

    /// <summary>The link after this one; completes when it is added.</summary>
    public Task<StreamAppend> Next => _next.Task;

    public void Link(StreamAppend next) => _next.SetResult(next);
}
