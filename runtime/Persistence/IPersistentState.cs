using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>
/// One named piece of a grain's durable state. The runtime reads it before OnActivateAsync; the grain
/// mutates <see cref="State"/> and calls <see cref="WriteStateAsync"/>. Domain events recorded with
/// <see cref="RecordEvent"/> are appended with the next write, in the same atomic step.
/// </summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>The version of the stored record this state was read from or last written as; null when none.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <see cref="State"/> and the changed entries and appends the recorded events. Throws
    /// <see cref="InconsistentStateException"/> when the stored record changed since it was read; then nothing
    /// is written and, as when storage fails, the events stay recorded and the entry changes pending.
    /// </summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the record with all its entries (appending the recorded events), resets <see cref="State"/>
    /// and empties every entry collection.
    /// </summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The keyed entries stored beside the state under <paramref name="name"/> (e.g. "proposals"), each as
    /// a record of its own. Entries changed with <see cref="IStateEntries{TEntry}.Set"/> or
    /// <see cref="IStateEntries{TEntry}.Remove"/> are stored by the next <see cref="WriteStateAsync"/>,
    /// together with the state and the events, in one atomic step; <see cref="ClearStateAsync"/> deletes
    /// them all, and <see cref="ReadStateAsync"/> replaces them (dropping changes not yet written). Values
    /// enumerate in the order their keys were first stored, stable across reads and restarts. Every call
    /// with one name returns the same collection; naming it with another <typeparamref name="TEntry"/> throws.
    /// </summary>
    IStateEntries<TEntry> Entries<TEntry>(string name);

    /// <summary>Records <paramref name="domainEvent"/> for <paramref name="stream"/>; it is stored by the next write or clear.</summary>
    void RecordEvent(StreamId stream, object domainEvent);
}
