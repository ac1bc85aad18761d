using Actors.Runtime.Activation;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Streams;

/// <summary>
/// The silo's streams. Events enter only through persistent-state writes (the outbox); when a write
/// commits, the hub wakes the live readers of its streams (<see cref="LiveStreams"/>) and the deliveries to
/// their subscribers: implicit ones (every grain class subscribed to the stream's namespace) and explicit ones
/// (grains subscribed to the stream itself, stored durably). Writes of other processes on the same storage
/// arrive as notifications (<see cref="OnNotified"/>) and wake the same readers and deliveries. At startup it
/// resumes every delivery that was behind when the silo last stopped.
/// </summary>
internal sealed partial class StreamHub(SiloRuntime silo, IEventStore store) : IStreamProvider
{
    private readonly LiveStreams _live = new(store);
    private readonly Dictionary<(string Subscriber, StreamId Stream), StreamDelivery> _deliveries = [];
    private readonly Dictionary<StreamId, HashSet<GrainId>> _explicitSubscribers = [];
    private Dictionary<string, List<string>> _subscribersByNamespace = [];
    private bool _stopped;

    public IEventStore Store => store;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscribersByNamespace = silo.Manifest.GrainClasses
            .SelectMany(c => c.ImplicitStreamNamespaces.Select(ns => (Namespace: ns, c.GrainType)))
            .GroupBy(s => s.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.GrainType).ToList(), StringComparer.Ordinal);
        return ResumeDeliveriesAsync(cancellationToken);
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

    public IAsyncEnumerable<StreamEvent> ReadAsync(StreamId stream, long afterSequence, CancellationToken cancellationToken) =>
        _live.ReadAsync(stream, afterSequence, cancellationToken);

    public Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken) =>
        _live.ReadLastSequenceAsync(stream, cancellationToken);

    /// <summary>
    /// Another process committed events of <paramref name="stream"/> up to <paramref name="lastSequence"/> (a
    /// notification from the storage): the stream's live readers that are behind read the store, and the deliveries to
    /// its subscribers look for new events in the store.
    /// </summary>
    /// <remarks>
    /// In a cluster only the silo that owns a stream's deliveries (<see cref="OwnsDeliveries"/>) wakes them; every silo's
    /// live readers are notified.
    /// </remarks>
    public void OnNotified(StreamId stream, long lastSequence)
    {
        _live.Notify(stream, lastSequence);
        WakeDeliveries(stream, announced: null);
    }

    /// <summary>
    /// Whether this silo runs the deliveries of a stream to its subscriber grains: every stream's on a silo on its own;
    /// in a cluster, those of the streams the ring of active silos gives it, so each event is delivered by one silo.
    /// Live readers follow every stream in every silo regardless.
    /// </summary>
    public Func<StreamId, bool> OwnsDeliveries { get; set; } = static _ => true;

    /// <summary>The ring changed: stops the deliveries of streams another silo owns now and resumes those this silo took over.</summary>
    public async Task OnOwnershipChangedAsync()
    {
        List<StreamDelivery> leaving;
        lock (_deliveries)
        {
            leaving = [.. _deliveries.Where(pair => !OwnsDeliveries(pair.Key.Stream)).Select(pair => pair.Value)];
            foreach (var key in _deliveries.Keys.Where(key => !OwnsDeliveries(key.Stream)).ToList())
            {
                _deliveries.Remove(key);
            }
        }

        foreach (var delivery in leaving)
        {
            await delivery.StopAsync();
        }

        await ResynchronizeDeliveriesAsync();
    }

    /// <summary>
    /// Notifications may have been lost (the storage listener was disconnected): every live reader reads the store, and
    /// every delivery that is behind resumes, as at startup.
    /// </summary>
    public void Resynchronize()
    {
        _live.Resynchronize();
        _ = ResynchronizeDeliveriesAsync();
    }

    private void OnAppended(StreamId stream, IReadOnlyList<StoredEvent> events) =>
        WakeDeliveries(stream, _live.Announce(stream, events));

    /// <summary>Wakes the deliveries of <paramref name="stream"/>'s subscribers; without an announcement they read the store.</summary>
    private void WakeDeliveries(StreamId stream, StreamAppend? announced)
    {
        if (!OwnsDeliveries(stream))
        {
            return;
        }

        if (_subscribersByNamespace.TryGetValue(stream.Namespace, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                ImplicitDelivery(subscriber, stream)?.Wake(announced);
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
            ExplicitDelivery(grain, stream)?.Wake(announced);
        }
    }

    /// <summary>Wakes every delivery whose subscriber's checkpoint is behind its stream, and every explicit subscription's.</summary>
    private async Task ResumeDeliveriesAsync(CancellationToken cancellationToken)
    {
        var subscriptions = _subscribersByNamespace
            .SelectMany(pair => pair.Value.Select(grainType => (grainType, pair.Key)))
            .ToList();
        if (subscriptions.Count > 0)
        {
            foreach (var (subscriber, stream) in await store.ReadBehindAsync(subscriptions, cancellationToken))
            {
                if (OwnsDeliveries(stream))
                {
                    ImplicitDelivery(subscriber, stream)?.Wake();
                }
            }
        }

        foreach (var (stream, subscriber) in await store.ReadSubscriptionsAsync(cancellationToken))
        {
            lock (_deliveries)
            {
                Subscribers(stream).Add(subscriber);
            }

            if (OwnsDeliveries(stream))
            {
                ExplicitDelivery(subscriber, stream)?.Wake();
            }
        }
    }

    private async Task ResynchronizeDeliveriesAsync()
    {
        try
        {
            await ResumeDeliveriesAsync(silo.Stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !silo.Stopping.IsCancellationRequested)
        {
            LogResynchronizeFailed(silo.Logger, ex);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming the stream deliveries after lost notifications failed; they resume with the next event of each stream")]
    private static partial void LogResynchronizeFailed(ILogger logger, Exception exception);
}
