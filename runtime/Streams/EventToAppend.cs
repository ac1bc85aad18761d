namespace Actors.Runtime.Streams;

/// <summary>An event on its way into a stream, not yet sequenced: its type name and UTF-8 JSON payload.</summary>
public sealed record EventToAppend(StreamId Stream, string EventType, ReadOnlyMemory<byte> Payload);
