namespace Actors.Runtime.Clustering;

/// <summary>
/// Where each grain is active in the cluster, at most one activation per grain: the first registration
/// wins and every later one is told the winner. Entries of a silo are removed when it deactivates the grain,
/// and all of them when the silo is declared dead.
/// </summary>
public interface IGrainDirectory
{
    /// <summary>The registered activation of <paramref name="grain"/>, or null.</summary>
    Task<GrainAddress?> LookupAsync(GrainId grain, CancellationToken cancellationToken);

    /// <summary>
    /// Registers <paramref name="address"/> unless the grain has an activation already, and returns the one that
    /// is registered now: <paramref name="address"/> itself when it won. When <paramref name="replace"/> is given and
    /// is the registered activation (one on a silo known dead), it is replaced in the same atomic step.
    /// </summary>
    Task<GrainAddress> RegisterAsync(GrainAddress address, GrainAddress? replace, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="address"/> if it is the registered activation of its grain.</summary>
    Task UnregisterAsync(GrainAddress address, CancellationToken cancellationToken);

    /// <summary>Removes every activation registered on <paramref name="silo"/> (declared dead); returns how many.</summary>
    Task<int> UnregisterSiloAsync(SiloAddress silo, CancellationToken cancellationToken);
}
