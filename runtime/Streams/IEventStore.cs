namespace Actors.Runtime.Streams;

/// <summary>
/// The events that <see cref="Persistence.IGrainStorage"/> writes appended, read back in order, and the
/// position each subscriber has reached in each stream (its checkpoint), so that delivery resumes after
/// a restart without loss or repetition of acknowledged events.
/// </summary>
public interface IEventStore
{
    /// <summary>Up to <paramref name="maxCount"/> events of <paramref name="stream"/> after <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(StreamId stream, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>The last sequence number of <paramref name="stream"/>, 0 when it has no events.</summary>
    Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken);

    /// <summary>The last sequence <paramref name="subscriber"/> has processed in <paramref name="stream"/>, 0 when none.</summary>
    Task<long> ReadCheckpointAsync(string subscriber, StreamId stream, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="subscriber"/> has processed <paramref name="stream"/> up to <paramref name="sequence"/>; never moves backwards.</summary>
    Task WriteCheckpointAsync(string subscriber, StreamId stream, long sequence, CancellationToken cancellationToken);

    /// <summary>
    /// Streams in the namespaces of <paramref name="subscribers"/> whose last sequence is beyond that
    /// subscriber's checkpoint: the deliveries a restart must resume. Each pair is (subscriber, stream).
    /// </summary>
    Task<IReadOnlyList<(string Subscriber, StreamId Stream)>> ReadBehindAsync(
        IReadOnlyList<(string Subscriber, string Namespace)> subscribers, CancellationToken cancellationToken);

    /// <summary>
    /// Records that grain <paramref name="subscriber"/> follows <paramref name="stream"/> (an explicit
    /// subscription) and sets its checkpoint to <paramref name="afterSequence"/> when it had none.
    /// Subscribing twice changes nothing. The checkpoint is kept under the subscriber name
    /// <c>subscriber.ToString()</c> ("type/key"), which no implicit subscriber (a grain type name) can have.
    /// </summary>
    Task SubscribeAsync(StreamId stream, GrainId subscriber, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Ends the explicit subscription and forgets its checkpoint; false when there was none.</summary>
    Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken);

    /// <summary>Every explicit subscription, for a silo to resume their deliveries at startup.</summary>
    Task<IReadOnlyList<(StreamId Stream, GrainId Subscriber)>> ReadSubscriptionsAsync(CancellationToken cancellationToken);
}
