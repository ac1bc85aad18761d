namespace Actors.Runtime.Clustering;

/// <summary>
/// The whole membership table at one version. The version grows by one with every change of any row
/// (a join, a status change, a suspicion; heartbeats excepted), which orders the views of the cluster.
/// </summary>
public sealed record MembershipSnapshot(long Version, IReadOnlyList<MembershipEntry> Entries)
{
    public static MembershipSnapshot Empty { get; } = new(0, []);

    public MembershipEntry? Find(SiloAddress silo) => Entries.FirstOrDefault(entry => entry.Silo == silo);
}
