using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Actors.Runtime.Streams;

/// <summary>
/// The live readers of streams in this process. A reader reads the store up to the stream's end, then follows the
/// stream's <see cref="StreamSignal"/>: this process's own commits arrive announced, events in hand
/// (<see cref="Announce"/>); commits of other processes arrive as notifications of the sequence they reached
/// (<see cref="Notify"/>), which send every reader still behind it to the store. Each reader keeps the last sequence
/// it gave out and takes only the next one, so it never misses, repeats or reorders an event, whatever the order in
/// which announcements, notifications and its own store reads come.
/// </summary>
internal sealed class LiveStreams(IEventStore store) : IStreamReader
{
    private const int BatchSize = 256;

    private readonly ConcurrentDictionary<StreamId, StreamSignal> _signals = new();
    private readonly Lock _signalsGate = new();

    public IEventStore Store => store;

    public async IAsyncEnumerable<StreamEvent> ReadAsync(
        StreamId stream, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        var signal = Acquire(stream);
        try
        {
            // The tail is taken before the store is read: whatever commits after the read is linked after it.
            var append = signal.Tail;
            var after = afterSequence;
            await foreach (var stored in ReadStoredAsync(stream, after, cancellationToken))
            {
                yield return stored;
                after = stored.Sequence;
            }

            while (true)
            {
                append = await append.Next.WaitAsync(cancellationToken);
                var behind = append.StoredUpTo > after;
                foreach (var appended in append.Events)
                {
                    if (appended.Sequence == after + 1)
                    {
                        yield return appended;
                        after = appended.Sequence;
                    }
                    else if (appended.Sequence > after + 1)
                    {
                        // An earlier write is announced later than this one, or came from another process; the store has both.
                        behind = true;
                        break;
                    }
                }

                if (behind)
                {
                    await foreach (var stored in ReadStoredAsync(stream, after, cancellationToken))
                    {
                        yield return stored;
                        after = stored.Sequence;
                    }
                }
            }
        }
        finally
        {
            Release(stream);
        }
    }

    public Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken) =>
        store.ReadLastSequenceAsync(stream, cancellationToken);

    /// <summary>
    /// This process committed <paramref name="events"/> (of <paramref name="stream"/> only, in sequence order): its
    /// readers take them from memory. Returns the announcement, whose decoded events the subscriber deliveries share.
    /// </summary>
    public StreamAppend Announce(StreamId stream, IReadOnlyList<StoredEvent> events)
    {
        var append = new StreamAppend(events);
        if (_signals.TryGetValue(stream, out var signal))
        {
            signal.Appended(append);
        }

        return append;
    }

    /// <summary>
    /// Another process committed events of <paramref name="stream"/> up to <paramref name="lastSequence"/>: its readers
    /// that have not reached that sequence read the store; the others ignore the notification.
    /// </summary>
    public void Notify(StreamId stream, long lastSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lastSequence);
        if (_signals.TryGetValue(stream, out var signal))
        {
            signal.Appended(new StreamAppend(lastSequence));
        }
    }

    /// <summary>Notifications may have been missed (the listener lost its connection): every live reader reads the store.</summary>
    public void Resynchronize()
    {
        foreach (var signal in _signals.Values)
        {
            signal.Appended(new StreamAppend(long.MaxValue));
        }
    }

    /// <summary>The stored events after <paramref name="after"/>, up to the stream's current end.</summary>
    private async IAsyncEnumerable<StreamEvent> ReadStoredAsync(StreamId stream, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await store.ReadAsync(stream, after, BatchSize, cancellationToken);
            foreach (var stored in batch)
            {
                yield return EventTypes.Decode(stored);
                after = stored.Sequence;
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    private StreamSignal Acquire(StreamId stream)
    {
        lock (_signalsGate)
        {
            var signal = _signals.GetOrAdd(stream, static _ => new StreamSignal());
            signal.Readers++;
            return signal;
        }
    }

    /// <summary>
    /// The last reader gone, the signal goes. A link added just before is seen by no one, which is harmless: a
    /// reader that arrives later reads the store first.
    /// </summary>
    private void Release(StreamId stream)
    {
        lock (_signalsGate)
        {
            if (_signals.TryGetValue(stream, out var signal) && --signal.Readers == 0)
            {
                _signals.TryRemove(stream, out _);
            }
        }
    }
}
