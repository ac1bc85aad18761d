using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;

namespace Actors.Runtime.Streams.Memory;

/// <summary>
/// Reads the events that <see cref="MemoryGrainStorage"/> appended to the same <see cref="MemoryStore"/>,
/// and keeps subscriber checkpoints and explicit subscriptions there. Same semantics as the PostgreSQL event store, without durability.
/// </summary>
public sealed class MemoryEventStore : IEventStore
{
    private readonly MemoryStore _store;

    /// <param name="store">The in-memory database shared with the grain storage that appends the events.</param>
    public MemoryEventStore(MemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public Task<IReadOnlyList<StoredEvent>> ReadAsync(StreamId stream, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireSequence(afterSequence, nameof(afterSequence));
        StorageArguments.RequireMaxCount(maxCount, nameof(maxCount));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<StoredEvent>>(cancellationToken)
            : Task.FromResult(_store.ReadEvents(stream, afterSequence, maxCount));
    }

    public Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<long>(cancellationToken)
            : Task.FromResult(_store.ReadLastSequence(stream));
    }

    public Task<long> ReadCheckpointAsync(string subscriber, StreamId stream, CancellationToken cancellationToken)
    {
        StorageArguments.RequireText(subscriber, nameof(subscriber), "subscriber name");
        StorageArguments.RequireStream(stream, nameof(stream));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<long>(cancellationToken)
            : Task.FromResult(_store.ReadCheckpoint(subscriber, stream));
    }

    public Task WriteCheckpointAsync(string subscriber, StreamId stream, long sequence, CancellationToken cancellationToken)
    {
        StorageArguments.RequireText(subscriber, nameof(subscriber), "subscriber name");
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireSequence(sequence, nameof(sequence));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        _store.WriteCheckpoint(subscriber, stream, sequence);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<(string Subscriber, StreamId Stream)>> ReadBehindAsync(
        IReadOnlyList<(string Subscriber, string Namespace)> subscribers, CancellationToken cancellationToken)
    {
        var distinct = StorageArguments.RequireSubscribers(subscribers, nameof(subscribers));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<(string, StreamId)>>(cancellationToken)
            : Task.FromResult(_store.ReadBehind(distinct));
    }

    public Task SubscribeAsync(StreamId stream, GrainId subscriber, long afterSequence, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireGrain(subscriber, nameof(subscriber));
        StorageArguments.RequireSequence(afterSequence, nameof(afterSequence));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        _store.Subscribe(stream, subscriber, afterSequence);
        return Task.CompletedTask;
    }

    public Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireGrain(subscriber, nameof(subscriber));
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<bool>(cancellationToken)
            : Task.FromResult(_store.Unsubscribe(stream, subscriber));
    }

    public Task<IReadOnlyList<(StreamId Stream, GrainId Subscriber)>> ReadSubscriptionsAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<IReadOnlyList<(StreamId, GrainId)>>(cancellationToken)
            : Task.FromResult(_store.ReadSubscriptions());
}
