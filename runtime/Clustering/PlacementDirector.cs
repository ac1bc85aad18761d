namespace Actors.Runtime.Clustering;

/// <summary>Picks the silo of a grain's new activation by its class's <see cref="PlacementStrategy"/>, among the active silos of the current view.</summary>
internal static class PlacementDirector
{
    /// <param name="strategy">The grain class's strategy.</param>
    /// <param name="grain">The grain to place.</param>
    /// <param name="activeSilos">The active silos, in address order (every silo serves every grain class: the cluster is homogeneous).</param>
    /// <param name="local">The silo placing it, when it is active (for prefer-local).</param>
    public static SiloAddress Choose(PlacementStrategy strategy, GrainId grain, IReadOnlyList<SiloAddress> activeSilos, SiloAddress? local)
    {
        if (activeSilos.Count == 0)
        {
            throw new Messaging.SiloUnavailableException($"Grain {grain} cannot be placed: the cluster has no active silo.");
        }

        return strategy switch
        {
            PlacementStrategy.PreferLocal when local is { } here && activeSilos.Contains(here) => here,
            PlacementStrategy.HashBased => activeSilos[(int)(StableHash.Of(grain) % (ulong)activeSilos.Count)],
            _ => activeSilos[Random.Shared.Next(activeSilos.Count)],
        };
    }
}
