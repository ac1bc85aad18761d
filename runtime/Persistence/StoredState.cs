namespace Actors.Runtime.Persistence;

/// <summary>
/// A stored state record: its payload (UTF-8 JSON), the ETag a later write must present, and the
/// entries stored beside it (see <see cref="IStateEntries{TEntry}"/>) in <see cref="StoredEntry.Compare"/> order.
/// </summary>
public sealed record StoredState(ReadOnlyMemory<byte> Payload, string ETag, IReadOnlyList<StoredEntry> Entries);
