using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Memory;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>The membership table contract against the in-memory table: the silos of one cluster share one instance.</summary>
public sealed class MemoryMembershipTableTests : MembershipTableContractTests
{
    private readonly Dictionary<string, MemoryMembershipTable> _clusters = [];

    protected override IMembershipTable TableOf(string clusterId)
    {
        lock (_clusters)
        {
            if (!_clusters.TryGetValue(clusterId, out var table))
            {
                table = new MemoryMembershipTable();
                _clusters.Add(clusterId, table);
            }

            return table;
        }
    }
}
