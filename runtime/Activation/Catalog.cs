using System.Collections.Concurrent;
using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>
/// The activations of this silo, at most one per grain id. A message for a grain without one creates
/// it; the first message processed activates it. Also sweeps for request deadlines and idle grains.
/// </summary>
internal sealed class Catalog(SiloRuntime silo)
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private volatile bool _stopping;

    public int Count => _activations.Count;

    /// <summary>Routes <paramref name="message"/> to its target's activation, creating it when needed.</summary>
    public void Dispatch(Message message)
    {
        if (_stopping)
        {
            message.Fail(new SiloUnavailableException(
                $"Request {message.MethodName} to grain {message.Target} was refused: the silo is shutting down."));
            return;
        }

        if (!_activations.TryGetValue(message.Target, out var activation))
        {
            if (!silo.Manifest.TryGetGrainClass(message.Target.Type, out var grainClass))
            {
                message.Fail(new InvalidOperationException(
                    $"Request {message.MethodName} names grain type '{message.Target.Type}', which no grain class of this silo has."));
                return;
            }

            activation = _activations.GetOrAdd(message.Target, new GrainActivation(silo, grainClass, message.Target));
        }

        activation.Deliver(message);
    }

    /// <summary>Takes <paramref name="activation"/> out, if it is still the one registered for its grain.</summary>
    public void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));

    /// <summary>Whether <paramref name="grain"/> has an activation here now.</summary>
    public bool IsActive(GrainId grain) => _activations.ContainsKey(grain);

    /// <summary>Whether the silo is deactivating everything: it takes no new activation.</summary>
    public bool IsStopping => _stopping;

    public void ExpireRequests(long now)
    {
        foreach (var activation in _activations.Values)
        {
            if (activation.HasPendingRequests)
            {
                activation.ExpireRequests(now);
            }
        }
    }

    public void CollectIdle(long now, TimeSpan age)
    {
        foreach (var activation in _activations.Values)
        {
            if (!activation.HasPendingRequests && silo.Time.GetElapsedTime(activation.LastActive, now) >= age)
            {
                activation.CollectIfIdleSince(activation.LastActive);
            }
        }
    }

    /// <summary>Refuses new requests, then deactivates every activation and waits for all of them.</summary>
    public async Task DeactivateAllAsync()
    {
        _stopping = true;
        var deactivations = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            activation.RequestDeactivation(DeactivationReason.Shutdown);
            deactivations.Add(activation.Deactivated);
        }

        await Task.WhenAll(deactivations);
    }
}
