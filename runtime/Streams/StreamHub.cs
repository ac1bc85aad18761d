using System.Runtime.CompilerServices;
using System.Text.Json;
using Actors.Runtime.Activation;
using Actors.Runtime.Persistence;

namespace Actors.Runtime.Streams;

/// <summary>
/// The silo's streams. Events enter only through persistent-state writes (the outbox); when a write
/// commits, the hub wakes the live readers of its streams and the deliveries to implicit subscribers.
/// At startup it resumes every delivery that was behind when the silo last stopped.
/// </summary>
internal sealed class StreamHub(SiloRuntime silo, IEventStore store) : IStreamProvider
{
    private const int BatchSize = 256;

    private readonly Dictionary<StreamId, StreamSignal> _signals = [];
    private readonly Dictionary<(string Subscriber, StreamId Stream), StreamDelivery> _deliveries = [];
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
        if (subscriptions.Count == 0)
        {
            return;
        }

        foreach (var (subscriber, stream) in await store.ReadBehindAsync(subscriptions, cancellationToken))
        {
            Delivery(subscriber, stream)?.Wake();
        }
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

    /// <summary>Called after a write committed <paramref name="events"/>.</summary>
    public void OnAppended(IReadOnlyList<StoredEvent> events)
    {
        StreamId? previous = null;
        foreach (var stored in events)
        {
            if (stored.Stream == previous)
            {
                continue;
            }

            previous = stored.Stream;
            lock (_signals)
            {
                if (_signals.TryGetValue(stored.Stream, out var signal))
                {
                    signal.Appended();
                }
            }

            if (_subscribersByNamespace.TryGetValue(stored.Stream.Namespace, out var subscribers))
            {
                foreach (var subscriber in subscribers)
                {
                    Delivery(subscriber, stored.Stream)?.Wake();
                }
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
            while (true)
            {
                var appended = signal.Next;
                var batch = await store.ReadAsync(stream, after, BatchSize, cancellationToken);
                foreach (var stored in batch)
                {
                    yield return Decode(stored);
                    after = stored.Sequence;
                }

                if (batch.Count < BatchSize)
                {
                    await appended.WaitAsync(cancellationToken);
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

    /// <summary>Turns a stored event back into its domain event object.</summary>
    public static StreamEvent Decode(StoredEvent stored) =>
        new(stored.Stream, stored.Sequence,
            JsonSerializer.Deserialize(stored.Payload.Span, EventTypes.Resolve(stored.EventType), StateJson.Options)
                ?? throw new InvalidOperationException($"Event {stored.Stream}#{stored.Sequence} is stored as JSON null."),
            stored.RecordedAt);

    private StreamDelivery? Delivery(string subscriber, StreamId stream)
    {
        lock (_deliveries)
        {
            if (_stopped)
            {
                return null;
            }

            if (!_deliveries.TryGetValue((subscriber, stream), out var delivery))
            {
                delivery = new StreamDelivery(silo, store, subscriber, stream);
                _deliveries.Add((subscriber, stream), delivery);
            }

            return delivery;
        }
    }

    private StreamSignal Acquire(StreamId stream)
    {
        lock (_signals)
        {
            if (!_signals.TryGetValue(stream, out var signal))
            {
                signal = new StreamSignal();
                _signals.Add(stream, signal);
            }

            signal.Readers++;
            return signal;
        }
    }

    private void Release(StreamId stream)
    {
        lock (_signals)
        {
            if (_signals.TryGetValue(stream, out var signal) && --signal.Readers == 0)
            {
                _signals.Remove(stream);
            }
        }
    }
}
