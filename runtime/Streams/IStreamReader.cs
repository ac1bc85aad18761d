namespace Actors.Runtime.Streams;

/// <summary>
/// Reads streams: what a consumer outside any grain needs (the GraphQL subscription bridge), in a silo or in a
/// process that only reads (a gateway). Events written by any process on the same storage reach every reader.
/// </summary>
public interface IStreamReader
{
    /// <summary>
    /// The events of <paramref name="stream"/> after sequence <paramref name="afterSequence"/> in order,
    /// then each new one as it is stored, until <paramref name="cancellationToken"/> is cancelled. A
    /// consumer that stops can resume later after the last sequence it saw, losing nothing.
    /// </summary>
    IAsyncEnumerable<StreamEvent> ReadAsync(StreamId stream, long afterSequence, CancellationToken cancellationToken);

    /// <summary>The last sequence number of <paramref name="stream"/>, 0 when it has no events.</summary>
    Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken);
}
