namespace Actors.Runtime.Clustering;

/// <summary>
/// A silo's (or client's) picture of the cluster at one membership version: every row, the active silos in
/// address order, and their ring. Immutable; a newer version replaces it whole.
/// </summary>
internal sealed class ClusterView
{
    public ClusterView(MembershipSnapshot snapshot)
    {
        Version = snapshot.Version;
        Entries = snapshot.Entries;
        ActiveSilos = [.. snapshot.Entries.Where(e => e.Status == SiloStatus.Active).Select(e => e.Silo).Order()];
        Ring = new SiloRing(ActiveSilos);
    }

    public static ClusterView Empty { get; } = new(MembershipSnapshot.Empty);

    public long Version { get; }

    public IReadOnlyList<MembershipEntry> Entries { get; }

    /// <summary>The silos that take activations, in address order.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos { get; }

    public SiloRing Ring { get; }

    public MembershipEntry? Find(SiloAddress silo) => Entries.FirstOrDefault(e => e.Silo == silo);

    /// <summary>Whether the table says <paramref name="silo"/> is dead (it never serves again).</summary>
    public bool IsDead(SiloAddress silo) => Find(silo)?.Status == SiloStatus.Dead;

    public bool IsActive(SiloAddress silo) => Find(silo)?.Status == SiloStatus.Active;

    /// <summary>Active silos that take cluster clients, with their gateway ports.</summary>
    public IEnumerable<MembershipEntry> Gateways => Entries.Where(e => e.Status == SiloStatus.Active && e.GatewayPort > 0);
}
