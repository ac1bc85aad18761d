namespace Actors.Runtime.Streams;

/// <summary>An event as stored: its stream, its sequence number in that stream (1, 2, 3, … without gaps), type and payload.</summary>
public sealed record StoredEvent(StreamId Stream, long Sequence, string EventType, ReadOnlyMemory<byte> Payload, DateTimeOffset RecordedAt);
