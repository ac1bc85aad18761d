using System.Globalization;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence.Memory;

/// <summary>
/// The in-memory "database" of the default silo: grain state records with their entries and the event streams
/// behind one lock, so that a state write, its entries and its events commit as one step, as they do in one
/// PostgreSQL transaction; subscriber checkpoints and explicit stream subscriptions behind another, since no step
/// changes both (deliveries read and move checkpoints as often as grains write, so they do not queue behind each
/// other). Nothing survives the process. Construct one and give it to both <see cref="MemoryGrainStorage"/> and
/// <see cref="Streams.Memory.MemoryEventStore"/>.
/// </summary>
public sealed class MemoryStore
{
    private readonly Lock _lock = new();
    private readonly Lock _subscriptionsLock = new();
    private readonly Dictionary<GrainStateKey, StateRecord> _states = [];
    private readonly Dictionary<string, Dictionary<string, List<StoredEvent>>> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Subscriber, StreamId Stream), long> _checkpoints = [];
    private readonly HashSet<(StreamId Stream, GrainId Subscriber)> _subscriptions = [];

    // ETags come from one counter that never repeats, so a record that was cleared and written again
    // never gets back an ETag that a stale writer might still hold.
    private long _lastVersion;

    internal StoredState? ReadState(GrainStateKey key)
    {
        lock (_lock)
        {
            if (!_states.TryGetValue(key, out var record))
            {
                return null;
            }

            var entries = new List<StoredEntry>(record.Entries.Count);
            foreach (var ((name, entryKey), (position, payload)) in record.Entries)
            {
                entries.Add(new StoredEntry(name, entryKey, position, payload));
            }

            entries.Sort(StoredEntry.Compare);
            return new StoredState(record.Payload, ETagOf(record.Version), entries);
        }
    }

    /// <summary>
    /// Checks the ETag, then stores <paramref name="payload"/> and applies <paramref name="entries"/> (or
    /// deletes the record and all its entries when the payload is null) and appends <paramref name="events"/>,
    /// all under the lock; on a mismatch nothing changes.
    /// </summary>
    internal StateWriteResult Commit(
        string operation, GrainStateKey key, byte[]? payload, string? expectedETag, EntryChange[] entries, EventToAppend[] events,
        DateTimeOffset now, object? writer = null)
    {
        var result = CommitLocked(operation, key, payload, expectedETag, entries, events, now);
        if (result.Events.Count > 0)
        {
            Appended?.Invoke(writer, result.Events);
        }

        return result;
    }

    /// <summary>
    /// Raised after a commit that appended events, outside the lock, with the writer (the storage that committed) and
    /// the events: how silos of one process that share this store hear of each other's events, as processes sharing a
    /// PostgreSQL database hear of them through its notifications.
    /// </summary>
    internal event Action<object?, IReadOnlyList<StoredEvent>>? Appended;

    private StateWriteResult CommitLocked(
        string operation, GrainStateKey key, byte[]? payload, string? expectedETag, EntryChange[] entries, EventToAppend[] events,
        DateTimeOffset now)
    {
        lock (_lock)
        {
            var exists = _states.TryGetValue(key, out var current);
            var storedETag = exists ? ETagOf(current!.Version) : null;
            var matches = ETagConflict.MeansNoRecord(expectedETag)
                ? !exists
                : exists && string.Equals(storedETag, expectedETag, StringComparison.Ordinal);
            if (!matches)
            {
                throw ETagConflict.Create(operation, key, storedETag, expectedETag);
            }

            string eTag;
            if (payload is null)
            {
                _states.Remove(key);
                eTag = "";
            }
            else
            {
                var version = ++_lastVersion;
                var storedEntries = exists ? current!.Entries : new Dictionary<(string Name, string Key), (long Position, byte[] Payload)>();
                foreach (var entry in entries)
                {
                    if (entry.Payload is { } entryPayload)
                    {
                        storedEntries[(entry.Name, entry.Key)] = (entry.Position, StorageArguments.ArrayOf(entryPayload));
                    }
                    else
                    {
                        storedEntries.Remove((entry.Name, entry.Key));
                    }
                }

                _states[key] = new StateRecord(payload, version, storedEntries);
                eTag = ETagOf(version);
            }

            var stored = new StoredEvent[events.Length];
            for (var i = 0; i < events.Length; i++)
            {
                var stream = StreamOf(events[i].Stream, create: true)!;
                stored[i] = new StoredEvent(events[i].Stream, stream.Count + 1, events[i].EventType, events[i].Payload, now);
                stream.Add(stored[i]);
            }

            return new StateWriteResult(eTag, stored);
        }
    }

    internal IReadOnlyList<StoredEvent> ReadEvents(StreamId stream, long afterSequence, int maxCount)
    {
        lock (_lock)
        {
            var events = StreamOf(stream, create: false);
            if (events is null || afterSequence >= events.Count)
            {
                return [];
            }

            // Sequences are 1, 2, 3, ... without gaps, so the event after sequence s sits at index s.
            var start = (int)afterSequence;
            return events.GetRange(start, Math.Min(maxCount, events.Count - start));
        }
    }

    internal long ReadLastSequence(StreamId stream)
    {
        lock (_lock)
        {
            return StreamOf(stream, create: false)?.Count ?? 0;
        }
    }

    internal long ReadCheckpoint(string subscriber, StreamId stream)
    {
        lock (_subscriptionsLock)
        {
            return _checkpoints.GetValueOrDefault((subscriber, stream));
        }
    }

    internal void WriteCheckpoint(string subscriber, StreamId stream, long sequence)
    {
        lock (_subscriptionsLock)
        {
            // A checkpoint written at 0 exists, as its row does in PostgreSQL, so a later subscription keeps it.
            if (!_checkpoints.TryGetValue((subscriber, stream), out var current) || sequence > current)
            {
                _checkpoints[(subscriber, stream)] = sequence;
            }
        }
    }

    /// <summary>
    /// Adds the explicit subscription and, when <paramref name="subscriber"/> has no checkpoint in
    /// <paramref name="stream"/> yet, sets it to <paramref name="afterSequence"/>, in one step.
    /// </summary>
    internal void Subscribe(StreamId stream, GrainId subscriber, long afterSequence)
    {
        lock (_subscriptionsLock)
        {
            _subscriptions.Add((stream, subscriber));
            _checkpoints.TryAdd((subscriber.ToString(), stream), afterSequence);
        }
    }

    /// <summary>Removes the explicit subscription and its checkpoint in one step; false when there was no subscription.</summary>
    internal bool Unsubscribe(StreamId stream, GrainId subscriber)
    {
        lock (_subscriptionsLock)
        {
            _checkpoints.Remove((subscriber.ToString(), stream));
            return _subscriptions.Remove((stream, subscriber));
        }
    }

    internal IReadOnlyList<(StreamId Stream, GrainId Subscriber)> ReadSubscriptions()
    {
        List<(StreamId Stream, GrainId Subscriber)> subscriptions;
        lock (_subscriptionsLock)
        {
            subscriptions = [.. _subscriptions];
        }

        subscriptions.Sort(static (a, b) =>
        {
            var order = string.CompareOrdinal(a.Stream.Namespace, b.Stream.Namespace);
            order = order != 0 ? order : string.CompareOrdinal(a.Stream.Key, b.Stream.Key);
            order = order != 0 ? order : string.CompareOrdinal(a.Subscriber.Type, b.Subscriber.Type);
            return order != 0 ? order : string.CompareOrdinal(a.Subscriber.Key, b.Subscriber.Key);
        });
        return subscriptions;
    }

    internal IReadOnlyList<(string Subscriber, StreamId Stream)> ReadBehind(List<(string Subscriber, string Namespace)> subscribers)
    {
        var behind = new List<(string Subscriber, StreamId Stream)>();
        lock (_lock)
        lock (_subscriptionsLock) // always after _lock
        {
            foreach (var (subscriber, @namespace) in subscribers)
            {
                if (!_streams.TryGetValue(@namespace, out var streams))
                {
                    continue;
                }

                foreach (var (key, events) in streams)
                {
                    var stream = new StreamId(@namespace, key);
                    if (events.Count > _checkpoints.GetValueOrDefault((subscriber, stream)))
                    {
                        behind.Add((subscriber, stream));
                    }
                }
            }
        }

        behind.Sort(static (a, b) =>
        {
            var bySubscriber = string.CompareOrdinal(a.Subscriber, b.Subscriber);
            if (bySubscriber != 0)
            {
                return bySubscriber;
            }

            var byNamespace = string.CompareOrdinal(a.Stream.Namespace, b.Stream.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Stream.Key, b.Stream.Key);
        });
        return behind;
    }

    private List<StoredEvent>? StreamOf(StreamId stream, bool create)
    {
        if (!_streams.TryGetValue(stream.Namespace, out var streams))
        {
            if (!create)
            {
                return null;
            }

            streams = new Dictionary<string, List<StoredEvent>>(StringComparer.Ordinal);
            _streams.Add(stream.Namespace, streams);
        }

        if (!streams.TryGetValue(stream.Key, out var events) && create)
        {
            events = [];
            streams.Add(stream.Key, events);
        }

        return events;
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>A state record and its entries by (collection name, key); the entries dictionary moves on to the record's next version.</summary>
    private sealed record StateRecord(
        byte[] Payload, long Version, Dictionary<(string Name, string Key), (long Position, byte[] Payload)> Entries);
}
