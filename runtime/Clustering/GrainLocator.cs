using System.Collections.Concurrent;
using Actors.Runtime.Hosting;

namespace Actors.Runtime.Clustering;

/// <summary>
/// Where a grain is active, as the grain directory says, remembered per silo; for a grain with no live activation,
/// the silo its placement picks (which then registers it). Registration goes through here too, so that an activation
/// left on a dead silo is taken over in one atomic step. Cached locations on silos that died are dropped with the
/// view that says so.
/// </summary>
internal sealed class GrainLocator(IGrainDirectory directory, ClusterMembership membership, GrainManifest manifest)
{
    private const int MaxRegisterAttempts = 5;

    private readonly ConcurrentDictionary<GrainId, GrainAddress> _cache = new();

    public IGrainDirectory Directory => directory;

    /// <summary>The remembered location of <paramref name="grain"/>, if any and not on a silo the current view says is dead.</summary>
    public bool TryGetCached(GrainId grain, out SiloAddress silo)
    {
        if (_cache.TryGetValue(grain, out var address))
        {
            if (!membership.View.IsDead(address.Silo))
            {
                silo = address.Silo;
                return true;
            }

            _cache.TryRemove(new KeyValuePair<GrainId, GrainAddress>(grain, address));
        }

        silo = default;
        return false;
    }

    /// <summary>
    /// The silo to send a request for <paramref name="grain"/> to: its registered activation's unless that silo is dead,
    /// else the one its class's placement picks among the active silos.
    /// </summary>
    public async ValueTask<SiloAddress> LocateAsync(GrainId grain, CancellationToken cancellationToken)
    {
        var found = await directory.LookupAsync(grain, cancellationToken);
        var view = membership.View;
        if (found is { } address && !view.IsDead(address.Silo))
        {
            _cache[grain] = address;
            return address.Silo;
        }

        return Place(grain, view);
    }

    /// <summary>Where a new activation of <paramref name="grain"/> goes, by its class's placement, in <paramref name="view"/>.</summary>
    public SiloAddress Place(GrainId grain, ClusterView view)
    {
        var strategy = manifest.TryGetGrainClass(grain.Type, out var grainClass) ? grainClass.Placement : PlacementStrategy.Random;
        var self = membership.Self;
        return PlacementDirector.Choose(strategy, grain, view.ActiveSilos, view.IsActive(self) ? self : null);
    }

    /// <summary>
    /// Registers this silo's new activation <paramref name="mine"/>; returns the activation that won: <paramref name="mine"/>,
    /// or one that was registered first on a silo that is not dead (requests go there instead).
    /// </summary>
    public async Task<GrainAddress> RegisterAsync(GrainAddress mine, CancellationToken cancellationToken)
    {
        GrainAddress? replace = null;
        for (var attempt = 1; ; attempt++)
        {
            var winner = await directory.RegisterAsync(mine, replace, cancellationToken);
            // A registration this silo left behind (it never runs two activations of one grain) is as stale as a dead silo's.
            var stale = winner.Silo == mine.Silo || membership.View.IsDead(winner.Silo);
            if (winner == mine || !stale || attempt == MaxRegisterAttempts)
            {
                _cache[mine.Grain] = winner;
                return winner;
            }

            replace = winner; // left behind by a dead silo (or by this one): take it over
        }
    }

    /// <summary>Removes this silo's activation <paramref name="mine"/> from the directory (it has deactivated).</summary>
    public async Task UnregisterAsync(GrainAddress mine, CancellationToken cancellationToken)
    {
        _cache.TryRemove(new KeyValuePair<GrainId, GrainAddress>(mine.Grain, mine));
        await directory.UnregisterAsync(mine, cancellationToken);
    }

    /// <summary>Forgets where <paramref name="grain"/> was thought to be on <paramref name="silo"/>.</summary>
    public void Invalidate(GrainId grain, SiloAddress silo)
    {
        if (_cache.TryGetValue(grain, out var address) && address.Silo == silo)
        {
            _cache.TryRemove(new KeyValuePair<GrainId, GrainAddress>(grain, address));
        }
    }

    /// <summary>Forgets every location on a silo that <paramref name="view"/> says is dead.</summary>
    public void OnViewChanged(ClusterView view)
    {
        foreach (var (grain, address) in _cache)
        {
            if (view.IsDead(address.Silo))
            {
                _cache.TryRemove(new KeyValuePair<GrainId, GrainAddress>(grain, address));
            }
        }
    }
}
