using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>
/// A grain storage provider. Every write presents the ETag it read (null for a record it believes
/// does not exist); a mismatch throws <see cref="InconsistentStateException"/> and changes nothing.
/// A write appends its events in the same atomic step (a transactional outbox): either the state and
/// all its events are stored, with per-stream sequence numbers, or none of them is.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the record, or null when none exists.</summary>
    Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="payload"/> and appends <paramref name="events"/> atomically.</summary>
    Task<StateWriteResult> WriteAsync(
        GrainStateKey key, ReadOnlyMemory<byte> payload, string? expectedETag, IReadOnlyList<EventToAppend> events,
        CancellationToken cancellationToken);

    /// <summary>Deletes the record and appends <paramref name="events"/> atomically.</summary>
    Task<StateWriteResult> ClearAsync(
        GrainStateKey key, string? expectedETag, IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken);
}
