using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence.Memory;

/// <summary>
/// Grain storage in memory, for the default silo: the same ETag and outbox semantics as the PostgreSQL
/// provider (a write, its entries and its events commit together, per-stream sequences without gaps),
/// without durability. ETags are opaque strings; <see cref="ClearAsync"/> deletes the record with its
/// entries and returns the empty ETag, which (like null) tells a later write that no record exists.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly MemoryStore _store;
    private readonly TimeProvider _timeProvider;

    /// <param name="store">The in-memory database this storage shares with its <see cref="Streams.Memory.MemoryEventStore"/>.</param>
    /// <param name="timeProvider">The clock that stamps appended events.</param>
    public MemoryGrainStorage(MemoryStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _timeProvider = timeProvider;
    }

    public Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<StoredState?>(cancellationToken)
            : Task.FromResult(_store.ReadState(key));
    }

    public Task<StateWriteResult> WriteAsync(
        GrainStateKey key, ReadOnlyMemory<byte> payload, string? expectedETag, IReadOnlyList<EntryChange> entries,
        IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        StorageArguments.RequireJson(payload.Span, nameof(payload), $"state payload of {key}");
        var entryCopies = StorageArguments.RequireEntries(entries, nameof(entries));
        var copies = StorageArguments.RequireEvents(events, nameof(events));
        return CommitAsync("Write", key, payload.ToArray(), expectedETag, entryCopies, copies, cancellationToken);
    }

    public Task<StateWriteResult> ClearAsync(
        GrainStateKey key, string? expectedETag, IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        var copies = StorageArguments.RequireEvents(events, nameof(events));
        return CommitAsync("Clear", key, null, expectedETag, [], copies, cancellationToken);
    }

    private Task<StateWriteResult> CommitAsync(
        string operation, GrainStateKey key, byte[]? payload, string? expectedETag, EntryChange[] entries, EventToAppend[] events,
        CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<StateWriteResult>(cancellationToken);
        }

        try
        {
            return Task.FromResult(_store.Commit(operation, key, payload, expectedETag, entries, events, StorageTime.Now(_timeProvider), this));
        }
        catch (InconsistentStateException ex)
        {
            return Task.FromException<StateWriteResult>(ex);
        }
    }
}
