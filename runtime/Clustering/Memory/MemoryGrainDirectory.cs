using Actors.Runtime.Persistence;

namespace Actors.Runtime.Clustering.Memory;

/// <summary>
/// The grain directory of one cluster in memory, for silos that run in one process (tests, a local
/// cluster): every silo is given the same instance. Registration is checked and applied under one lock,
/// so of concurrent registrations of a grain exactly one wins and all of them are told the same winner.
/// </summary>
public sealed class MemoryGrainDirectory : IGrainDirectory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, GrainAddress> _activations = [];

    public Task<GrainAddress?> LookupAsync(GrainId grain, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GrainAddress?>(cancellationToken);
        }

        lock (_lock)
        {
            return Task.FromResult<GrainAddress?>(_activations.TryGetValue(grain, out var address) ? address : null);
        }
    }

    public Task<GrainAddress> RegisterAsync(GrainAddress address, GrainAddress? replace, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireAddress(address, nameof(address));
        if (replace is { } replaced && replaced.Grain != address.Grain)
        {
            throw new ArgumentException(
                $"The activation to replace ({replaced}) is not one of grain {address.Grain}.", nameof(replace));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GrainAddress>(cancellationToken);
        }

        lock (_lock)
        {
            if (_activations.TryGetValue(address.Grain, out var current) && current != replace)
            {
                return Task.FromResult(current);
            }

            _activations[address.Grain] = address;
            return Task.FromResult(address);
        }
    }

    public Task UnregisterAsync(GrainAddress address, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireAddress(address, nameof(address));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (_lock)
        {
            // Only this activation: a late unregister of an old one must not remove a newer registration.
            if (_activations.TryGetValue(address.Grain, out var current) && current == address)
            {
                _activations.Remove(address.Grain);
            }

            return Task.CompletedTask;
        }
    }

    public Task<int> UnregisterSiloAsync(SiloAddress silo, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireSilo(silo, nameof(silo));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(cancellationToken);
        }

        lock (_lock)
        {
            var onSilo = _activations.Values.Where(address => address.Silo == silo).ToList();
            foreach (var address in onSilo)
            {
                _activations.Remove(address.Grain);
            }

            return Task.FromResult(onSilo.Count);
        }
    }
}
