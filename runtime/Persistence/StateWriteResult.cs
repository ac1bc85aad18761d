using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence;

/// <summary>What a write committed: the record's new ETag and the events appended with it, sequenced.</summary>
public sealed record StateWriteResult(string ETag, IReadOnlyList<StoredEvent> Events);
