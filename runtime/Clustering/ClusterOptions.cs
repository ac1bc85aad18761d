namespace Actors.Runtime.Clustering;

/// <summary>
/// How a silo joins its cluster (configuration section "Cluster"): the cluster's id, where this silo listens
/// for other silos and for clients, and the failure detector's timing (Orleans' ClusterMembershipOptions, tuned so
/// that a crashed silo is declared dead within a few seconds).
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>The cluster's name; silos and clients with the same id and membership table form one cluster.</summary>
    public string ClusterId { get; set; } = "default";

    /// <summary>The host name or IP address other silos and clients use to reach this silo.</summary>
    public string AdvertisedHost { get; set; } = "127.0.0.1";

    /// <summary>The port other silos connect to (Orleans' 11111); 0 picks a free one.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port cluster clients connect to (Orleans' 30000); 0 picks a free one; -1: no gateway on this silo.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How often each silo probes the silos it watches.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a probe waits for its answer before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Consecutive missed probes after which a silo votes the probed one dead.</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>How many other silos each silo probes (its successors on the ring of silos).</summary>
    public int ProbedSilos { get; set; } = 3;

    /// <summary>Votes (within <see cref="DeathVoteExpiration"/>) that declare a silo dead; fewer when fewer silos could vote.</summary>
    public int VotesForDeath { get; set; } = 2;

    /// <summary>How long a vote counts.</summary>
    public TimeSpan DeathVoteExpiration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a silo writes its heartbeat to the table.</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the membership table is read (besides after every change a silo makes or hears of).</summary>
    public TimeSpan TableRefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a joining silo may take to reach every active silo before it gives up.</summary>
    public TimeSpan JoinTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Dead silos' rows older than this are deleted from the table.</summary>
    public TimeSpan DefunctSiloExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClusterId) || ClusterId.Length > 150)
        {
            throw new ArgumentOutOfRangeException("Cluster:ClusterId", ClusterId, "Cluster:ClusterId must be 1 to 150 characters.");
        }

        if (string.IsNullOrWhiteSpace(AdvertisedHost))
        {
            throw new ArgumentOutOfRangeException("Cluster:AdvertisedHost", AdvertisedHost, "Cluster:AdvertisedHost must name this silo's host.");
        }

        Port(SiloPort, "SiloPort", allowNone: false);
        Port(GatewayPort, "GatewayPort", allowNone: true);
        Positive(ProbePeriod, nameof(ProbePeriod));
        Positive(ProbeTimeout, nameof(ProbeTimeout));
        Positive(DeathVoteExpiration, nameof(DeathVoteExpiration));
        Positive(IAmAlivePeriod, nameof(IAmAlivePeriod));
        Positive(TableRefreshPeriod, nameof(TableRefreshPeriod));
        Positive(JoinTimeout, nameof(JoinTimeout));
        Positive(DefunctSiloExpiration, nameof(DefunctSiloExpiration));
        AtLeastOne(MissedProbesLimit, nameof(MissedProbesLimit));
        AtLeastOne(ProbedSilos, nameof(ProbedSilos));
        AtLeastOne(VotesForDeath, nameof(VotesForDeath));
    }

    private static void Port(int value, string name, bool allowNone)
    {
        if (value is < 0 or > 65535 && !(allowNone && value == -1))
        {
            throw new ArgumentOutOfRangeException($"Cluster:{name}", value,
                $"Cluster:{name} must be a port (1-65535), or 0 for a free one{(allowNone ? ", or -1 for none" : "")}.");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException($"Cluster:{name}", value, $"Cluster:{name} must be a positive time span.");
        }
    }

    private static void AtLeastOne(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException($"Cluster:{name}", value, $"Cluster:{name} must be 1 or more.");
        }
    }
}
