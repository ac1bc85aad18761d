namespace Actors.Runtime.Clustering;

/// <summary>
/// One silo's row in the membership table: its address and status, where clients reach it
/// (<see cref="GatewayPort"/>, 0 when it takes no clients), the suspicions other silos have voted
/// against it, and when it started and last said it was alive.
/// </summary>
public sealed record MembershipEntry
{
    public required SiloAddress Silo { get; init; }

    public required SiloStatus Status { get; init; }

    /// <summary>The port cluster clients connect to on <see cref="SiloAddress.Host"/>; 0: no gateway.</summary>
    public int GatewayPort { get; init; }

    /// <summary>A name for people (logs, dashboards), e.g. the process's host name and id.</summary>
    public string SiloName { get; init; } = "";

    public string HostName { get; init; } = "";

    /// <summary>Votes that the silo is dead, one per voting silo (its latest), oldest first.</summary>
    public IReadOnlyList<Suspicion> Suspicions { get; init; } = [];

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The last heartbeat the silo wrote itself.</summary>
    public required DateTimeOffset IAmAliveAt { get; init; }
}

/// <summary>A silo's vote that another is dead, and when it was cast.</summary>
public sealed record Suspicion(SiloAddress By, DateTimeOffset At);
