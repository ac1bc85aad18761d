using System.Diagnostics.CodeAnalysis;

namespace Actors.Runtime.Persistence;

/// <summary>
/// Keyed entries stored beside a grain's state, each as a record of its own, so that a grain with a
/// growing collection (a job's proposals, a user's notifications) writes only the entries it changed
/// instead of re-serialising the whole collection with every write. Obtained from
/// <see cref="IPersistentState{TState}.Entries{TEntry}"/>.
/// </summary>
/// <remarks>
/// Changes are tracked explicitly: after mutating an entry object, call <see cref="Set"/> with it again.
/// Only keys passed to <see cref="Set"/> or <see cref="Remove"/> since the last successful write are
/// serialised and stored, by the next <see cref="IPersistentState{TState}.WriteStateAsync"/>, in the same
/// atomic step as the state and its events. A write that fails keeps them pending for the next one.
/// Values enumerate in the order their keys were first stored, which survives reads and restarts.
/// </remarks>
public interface IStateEntries<TEntry> : IReadOnlyCollection<TEntry>
{
    bool TryGet(string key, [MaybeNullWhen(false)] out TEntry entry);

    bool ContainsKey(string key);

    /// <summary>
    /// Adds the entry, or replaces the one under <paramref name="key"/> keeping its place in the order;
    /// stored by the next write.
    /// </summary>
    void Set(string key, TEntry entry);

    /// <summary>Removes the entry under <paramref name="key"/>; deleted by the next write. False when there was none.</summary>
    bool Remove(string key);
}
