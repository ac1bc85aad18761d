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
    /// Stores <see cref="State"/> and appends the recorded events. Throws <see cref="InconsistentStateException"/>
    /// when the stored record changed since it was read; then nothing is written and the events stay recorded.
    /// </summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the record (appending the recorded events) and resets <see cref="State"/>.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="domainEvent"/> for <paramref name="stream"/>; it is stored by the next write or clear.</summary>
    void RecordEvent(StreamId stream, object domainEvent);
}
