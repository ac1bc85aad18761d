using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Clustering;

/// <summary>The cluster's log messages; every one names the silo it is about.</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} joined cluster {ClusterId} (membership version {Version})")]
    public static partial void Joined(ILogger logger, SiloAddress silo, string clusterId, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} is waiting to reach active silo {Other} before joining")]
    public static partial void WaitingToReach(ILogger logger, SiloAddress silo, SiloAddress other);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Silo} left cluster {ClusterId}")]
    public static partial void Left(ILogger logger, SiloAddress silo, string clusterId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Membership version {Version}: active silos {ActiveSilos}")]
    public static partial void ViewChanged(ILogger logger, long version, string activeSilos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} missed {Missed} probes in a row from {Prober}")]
    public static partial void ProbeMissed(ILogger logger, SiloAddress silo, int missed, SiloAddress prober);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Voter} suspects silo {Silo} ({Votes} of {Needed} votes)")]
    public static partial void Suspected(ILogger logger, SiloAddress voter, SiloAddress silo, int votes, int needed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Voter} declared silo {Silo} dead ({Votes} votes)")]
    public static partial void DeclaredDead(ILogger logger, SiloAddress voter, SiloAddress silo, int votes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} marked its earlier generation {Earlier} dead")]
    public static partial void EarlierGenerationDead(ILogger logger, SiloAddress silo, SiloAddress earlier);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Silo {Silo} is declared dead in the membership table: it stops")]
    public static partial void SelfDead(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} could not reach the membership table")]
    public static partial void TableUnreachable(ILogger logger, SiloAddress silo, Exception exception);
}
