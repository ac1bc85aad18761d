using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Memory;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>The grain directory contract against the in-memory directory: the silos of one cluster share one instance.</summary>
public sealed class MemoryGrainDirectoryTests : GrainDirectoryContractTests
{
    private readonly Dictionary<string, MemoryGrainDirectory> _clusters = [];

    protected override IGrainDirectory DirectoryOf(string clusterId)
    {
        lock (_clusters)
        {
            if (!_clusters.TryGetValue(clusterId, out var directory))
            {
                directory = new MemoryGrainDirectory();
                _clusters.Add(clusterId, directory);
            }

            return directory;
        }
    }
}
