namespace Actors.Runtime.Persistence;

/// <summary>
/// What <see cref="PersistentState{TState}"/> needs of an entry collection whatever its entry type: its
/// changes for a write, word that they were stored, and reloading from storage.
/// </summary>
internal interface ITrackedEntries
{
    Type EntryType { get; }

    /// <summary>
    /// Adds a change for every key set or removed since the last stored write, serialising the entries it
    /// stores, and returns a mark to give <see cref="MarkStored"/> once the write has committed.
    /// </summary>
    long AddChanges(List<EntryChange> changes);

    /// <summary>Forgets the changes a committed write stored: those made up to <paramref name="mark"/>, not any made since.</summary>
    void MarkStored(long mark);

    /// <summary>Replaces the whole collection with what storage holds (in position order), dropping pending changes.</summary>
    void Load(IReadOnlyList<StoredEntry> stored);
}
