using Actors.Runtime.Persistence;

namespace Actors.Runtime.Clustering;

/// <summary>
/// The checks every membership table and grain directory (memory and PostgreSQL) makes on its input before
/// it touches anything, so that bad input fails the same way everywhere: with an <see cref="ArgumentException"/>
/// that names the parameter and says what is wrong.
/// </summary>
internal static class ClusterArguments
{
    public static void RequireClusterId(string? clusterId, string parameterName) =>
        StorageArguments.RequireText(clusterId, parameterName, "cluster id");

    public static void RequireSilo(SiloAddress silo, string parameterName, string what = "silo address")
    {
        if (string.IsNullOrEmpty(silo.Host))
        {
            throw new ArgumentException($"The {what} has no host.", parameterName);
        }

        if (silo.Port is < 1 or > 65535)
        {
            throw new ArgumentException($"The {what} {silo} has port {silo.Port}; a port is 1 to 65535.", parameterName);
        }
    }

    public static void RequireEntry(MembershipEntry? entry, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(entry, parameterName);
        RequireSilo(entry.Silo, parameterName);
        if (entry.GatewayPort is < 0 or > 65535)
        {
            throw new ArgumentException(
                $"The row of {entry.Silo} has gateway port {entry.GatewayPort}; it must be 0 (no gateway) to 65535.", parameterName);
        }

        ArgumentNullException.ThrowIfNull(entry.SiloName, parameterName);
        ArgumentNullException.ThrowIfNull(entry.HostName, parameterName);
        if (entry.Suspicions is null)
        {
            throw new ArgumentException($"The row of {entry.Silo} has a null list of suspicions; use an empty one.", parameterName);
        }

        for (var i = 0; i < entry.Suspicions.Count; i++)
        {
            var suspicion = entry.Suspicions[i]
                ?? throw new ArgumentException($"Suspicion {i} of the row of {entry.Silo} is null.", parameterName);
            RequireSilo(suspicion.By, parameterName, $"voter of suspicion {i} of the row of {entry.Silo}");
        }
    }

    public static void RequireAddress(GrainAddress address, string parameterName)
    {
        StorageArguments.RequireGrain(address.Grain, parameterName);
        RequireSilo(address.Silo, parameterName);
    }

    /// <summary>
    /// The same row as <paramref name="entry"/>, as storage keeps it: times in UTC to the microsecond, and its
    /// suspicions in a read-only list of its own, so that the caller's list can change without changing the row.
    /// </summary>
    public static MembershipEntry Stored(MembershipEntry entry) => entry with
    {
        Suspicions = Array.AsReadOnly([.. entry.Suspicions.Select(s => new Suspicion(s.By, StorageTime.Truncate(s.At)))]),
        StartedAt = StorageTime.Truncate(entry.StartedAt),
        IAmAliveAt = StorageTime.Truncate(entry.IAmAliveAt),
    };
}
