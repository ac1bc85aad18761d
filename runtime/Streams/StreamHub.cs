using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Actors.Runtime.Activation;
using Actors.Runtime.Persistence;

namespace Actors.Runtime.Streams;

/// <summary>
/// The silo's streams. Events enter only through persistent-state writes (the outbox); when a write
/// commits, the hub wakes the live readers of its streams and the deliveries to their subscribers:
/// implicit ones (every grain class subscribed to the stream's namespace) and explicit ones (grains
/// subscribed to the stream itself, stored durably). At startup it resumes every delivery that was
/// behind when the silo last stopped.
/// </summary>
internal sealed class StreamHub(SiloRuntime silo, IEventStore store) : IStreamProvider
{
    private const int BatchSize = 256;

    private readonly ConcurrentDictionary<StreamId, StreamSignal> _signals = new();
    private readonly Lock _signalsGate = new();
    private readonly Dictionary<(string Subscriber, StreamId Stream), StreamDelivery> _deliveries = [];
    private readonly Dictionary<StreamId, HashSet<GrainId>> _explicitSubscribers = [];
    private Dictionary<string, List<string>> _subscribersByNamespace = [];
    private bool _stopped;

    public IEventStore Store => store;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscribersByNamespace = silo.Manifest.GrainClasses
            .SelectMany(c => c.ImplicitStreamNamespaces.Select(ns => (Namespace: ns, c.GrainType)))
            .GroupBy(s => s.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.GrainType).ToList(), StringComparer.Ordinal);

        var subscriptions = _subscribersByNamespace
            .SelectMany(pair => pair.Value.Select(grainType => (grainType, pair.Key)))
            .ToList();
        if (subscriptions.Count > 0)
        {
            foreach (var (subscriber, stream) in await store.ReadBehindAsync(subscriptions, cancellationToken))
            {
                ImplicitDelivery(subscriber, stream)?.Wake();
            }
        }

        foreach (var (stream, subscriber) in await store.ReadSubscriptionsAsync(cancellationToken))
        {
            lock (_deliveries)
            {
                Subscribers(stream).Add(subscriber);
            }

            ExplicitDelivery(subscriber, stream)?.Wake();
        }
    }

    public async Task SubscribeAsync(StreamId stream, GrainId subscriber, long? afterSequence, CancellationToken cancellationToken)
    {
        if (!silo.Manifest.TryGetGrainClass(subscriber.Type, out var grainClass)
            || !typeof(IStreamSubscriber).IsAssignableFrom(grainClass.ClassType))
        {
            throw new InvalidOperationException($"Grain {subscriber} cannot subscribe to stream {stream}: its class does not implement IStreamSubscriber.");
        }

        if (afterSequence is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(afterSequence), afterSequence, "A stream position is 0 (before the first event) or more.");
        }

        var after = afterSequence ?? await store.ReadLastSequenceAsync(stream, cancellationToken);
        await store.SubscribeAsync(stream, subscriber, after, cancellationToken);
        lock (_deliveries)
        {
            Subscribers(stream).Add(subscriber);
        }

        ExplicitDelivery(subscriber, stream)?.Wake();
    }

    public async Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken)
    {
        StreamDelivery? delivery;
        lock (_deliveries)
        {
            if (_explicitSubscribers.TryGetValue(stream, out var subscribers) && subscribers.Remove(subscriber) && subscribers.Count == 0)
            {
                _explicitSubscribers.Remove(stream);
            }

            _deliveries.Remove((subscriber.ToString(), stream), out delivery);
        }

        if (delivery is not null)
        {
            await delivery.StopAsync();
        }

        return await store.UnsubscribeAsync(stream, subscriber, cancellationToken);
    }

    public async Task StopAsync()
    {
        List<StreamDelivery> deliveries;
        lock (_deliveries)
        {
            _stopped = true;
            deliveries = [.. _deliveries.Values];
        }

        foreach (var delivery in deliveries)
        {
            await delivery.StopAsync();
        }
    }

    /// <summary>Called after a write committed <paramref name="events"/> (grouped by stream, each stream's in sequence order).</summary>
    public void OnAppended(IReadOnlyList<StoredEvent> events)
    {
        var start = 0;
        for (var i = 1; i <= events.Count; i++)
        {
            if (i == events.Count || events[i].Stream != events[start].Stream)
            {
                OnAppended(events[start].Stream, start == 0 && i == events.Count ? events : [.. events.Skip(start).Take(i - start)]);
                start = i;
            }
        }
    }

    public async IAsyncEnumerable<StreamEvent> ReadAsync(
        StreamId stream, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        var signal = Acquire(stream);
        try
        {
            var after = afterSequence;
            var append = signal.Tail;
            await foreach (var stored in ReadStoredAsync(stream, after, cancellationToken))
            {
                yield return stored;
                after = stored.Sequence;
            }

            // Caught up: follow the appends this silo announces, reading the store only to fill a gap.
            while (true)
            {
                append = await append.Next.WaitAsync(cancellationToken);
                foreach (var appended in append.Events)
                {
                    if (appended.Sequence == after + 1)
                    {
                        yield return appended;
                        after = appended.Sequence;
                    }
                    else if (appended.Sequence > after + 1)
                    {
                        // An earlier write is announced later than this one; the store has both.
                        await foreach (var stored in ReadStoredAsync(stream, after, cancellationToken))
                        {
                            yield return stored;
                            after = stored.Sequence;
                        }
                    }
                }
            }
        }
        finally
        {
            Release(stream);
        }
    }

    public Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken) =>
        store.ReadLastSequenceAsync(stream, cancellationToken);

    private void OnAppended(StreamId stream, IReadOnlyList<StoredEvent> events)
    {
        var append = new StreamAppend(events);
        if (_signals.TryGetValue(stream, out var signal))
        {
            signal.Appended(append);
        }

        if (_subscribersByNamespace.TryGetValue(stream.Namespace, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                ImplicitDelivery(subscriber, stream)?.Wake(append);
            }
        }

        List<GrainId>? explicitSubscribers = null;
        lock (_deliveries)
        {
            if (_explicitSubscribers.TryGetValue(stream, out var grains))
            {
                explicitSubscribers = [.. grains];
            }
        }

        foreach (var grain in explicitSubscribers ?? [])
        {
            ExplicitDelivery(grain, stream)?.Wake(append);
        }
    }

    /// <summary>The stored events after <paramref name="after"/>, up to the stream's current end.</summary>
    private async IAsyncEnumerable<StreamEvent> ReadStoredAsync(StreamId stream, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await store.ReadAsync(stream, after, BatchSize, cancellationToken);
            foreach (var stored in batch)
            {
                yield return Decode(stored);
                after = stored.Sequence;
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    /// <summary>Turns a stored event back into its domain event object.</summary>
    public static StreamEvent Decode(StoredEvent stored) =>
        new(stored.Stream, stored.Sequence,
            JsonSerializer.Deserialize(stored.Payload.Span, EventTypes.Resolve(stored.EventType), StateJson.Options)
                ?? throw new InvalidOperationException($"Event {stored.Stream}#{stored.Sequence} is stored as JSON null."),
            stored.RecordedAt);

    /// <summary>Implicit: the grain of type <paramref name="grainType"/> keyed like the stream; its position is stored under the type name.</summary>
    private StreamDelivery? ImplicitDelivery(string grainType, StreamId stream) =>
        Delivery(grainType, new GrainId(grainType, stream.Key), stream);

    /// <summary>Explicit: the subscribed grain itself; its position is stored under "type/key".</summary>
    private StreamDelivery? ExplicitDelivery(GrainId grain, StreamId stream) =>
        Delivery(grain.ToString(), grain, stream);

    private StreamDelivery? Delivery(string subscriber, GrainId target, StreamId stream)
    {
        lock (_deliveries)
        {
            if (_stopped)
            {
                return null;
            }

            if (!_deliveries.TryGetValue((subscriber, stream), out var delivery))
            {
                delivery = new StreamDelivery(silo, store, subscriber, target, stream);
                _deliveries.Add((subscriber, stream), delivery);
            }

            return delivery;
        }
    }

    /// <summary>The explicit subscribers of <paramref name="stream"/>; call under the deliveries lock.</summary>
    private HashSet<GrainId> Subscribers(StreamId stream)
    {
        if (!_explicitSubscribers.TryGetValue(stream, out var subscribers))
        {
            subscribers = [];
            _explicitSubscribers.Add(stream, subscribers);
        }

        return subscribers;
    }

    private StreamSignal Acquire(StreamId stream)
    {
        lock (_signalsGate)
        {
            var signal = _signals.GetOrAdd(stream, static _ => new StreamSignal());
            signal.Readers++;
            return signal;
        }
    }

    /// <summary>
    /// The last reader gone, the signal goes. An append that finds it just before is announced to no one, which is
    /// harmless: a reader that arrives later reads the store first.
    /// </summary>
    private void Release(StreamId stream)
    {
        lock (_signalsGate)
        {
            if (_signals.TryGetValue(stream, out var signal) && --signal.Readers == 0)
            {
                _signals.TryRemove(stream, out _);
            }
        }
    }
}
