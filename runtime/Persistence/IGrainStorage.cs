using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>
/// A grain storage provider. Every write presents the ETag it read (null for a record it believes
/// does not exist); a mismatch throws <see cref="InconsistentStateException"/> and changes nothing.
/// A write appends its events in the same atomic step (a transactional outbox): either the state and
/// all its events are stored, with per-stream sequence numbers, or none of them is. The entries stored
/// beside a state (<see cref="StoredEntry"/>) belong to its record: a write changes only the entries it
/// names, in the same atomic step and under the same ETag check, and a clear deletes them all.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the record with its entries, or null when none exists.</summary>
    Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="payload"/>, stores or deletes the <paramref name="entries"/> it names (every
    /// other entry stays as it is) and appends <paramref name="events"/>, atomically. An entry may be named
    /// once per write.
    /// </summary>
    Task<StateWriteResult> WriteAsync(
        GrainStateKey key, ReadOnlyMemory<byte> payload, string? expectedETag, IReadOnlyList<EntryChange> entries,
        IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken);

    /// <summary>Deletes the record with all its entries and appends <paramref name="events"/> atomically.</summary>
    Task<StateWriteResult> ClearAsync(
        GrainStateKey key, string? expectedETag, IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken);
}
