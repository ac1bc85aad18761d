namespace Actors.Runtime.Clustering;

/// <summary>What a silo needs to run in a cluster: the options, the membership table and the grain directory (chosen by <c>UseClustering</c>).</summary>
public sealed record ClusterSetup(ClusterOptions Options, IMembershipTable MembershipTable, IGrainDirectory Directory);
