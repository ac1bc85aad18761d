namespace Actors.Runtime.Streams;

/// <summary>A silo's streams: reading them (<see cref="IStreamReader"/>) and subscribing grains to them.</summary>
public interface IStreamProvider : IStreamReader
{
    /// <summary>
    /// Subscribes grain <paramref name="subscriber"/> (whose class implements <see cref="IStreamSubscriber"/>)
    /// to <paramref name="stream"/>: it gets, in order, every event after <paramref name="afterSequence"/>
    /// (after the stream's current end when null), durably: deliveries resume after a restart.
    /// </summary>
    Task SubscribeAsync(StreamId stream, GrainId subscriber, long? afterSequence, CancellationToken cancellationToken);

    /// <summary>Ends the subscription; false when there was none.</summary>
    Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken);
}
