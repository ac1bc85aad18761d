namespace Actors.Runtime.Streams;

/// <summary>A domain event read from a stream: its position and the event object itself.</summary>
public sealed record StreamEvent(StreamId Stream, long Sequence, object Event, DateTimeOffset RecordedAt);
