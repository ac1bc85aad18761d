namespace Actors.Runtime.Streams;

/// <summary>Reads streams, for grains and for consumers outside any grain (the GraphQL subscription bridge).</summary>
public interface IStreamProvider
{
    /// <summary>
    /// The events of <paramref name="stream"/> after sequence <paramref name="afterSequence"/> in order,
    /// then each new one as it is stored, until <paramref name="cancellationToken"/> is cancelled. A
    /// consumer that stops can resume later after the last sequence it saw, losing nothing.
    /// </summary>
    IAsyncEnumerable<StreamEvent> ReadAsync(StreamId stream, long afterSequence, CancellationToken cancellationToken);

    /// <summary>The last sequence number of <paramref name="stream"/>, 0 when it has no events.</summary>
    Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken);

    /// <summary>
    /// Subscribes grain <paramref name="subscriber"/> (whose class implements <see cref="IStreamSubscriber"/>)
    /// to <paramref name="stream"/>: it gets, in order, every event after <paramref name="afterSequence"/>
    /// (after the stream's current end when null), durably: deliveries resume after a restart.
    /// </summary>
    Task SubscribeAsync(StreamId stream, GrainId subscriber, long? afterSequence, CancellationToken cancellationToken);

    /// <summary>Ends the subscription; false when there was none.</summary>
    Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken);
}
