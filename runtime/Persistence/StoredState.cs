namespace Actors.Runtime.Persistence;

/// <summary>A stored state record: its payload (UTF-8 JSON) and the ETag a later write must present.</summary>
public sealed record StoredState(ReadOnlyMemory<byte> Payload, string ETag);
