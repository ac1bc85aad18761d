using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>The job board's stored state: one entry per job.</summary>
public sealed class JobBoardState
{
    public Dictionary<string, JobBoardEntry> Jobs { get; set; } = [];
}

/// <summary>A job on the board: its summary, its whole description (searched, not returned) and the last stream event applied.</summary>
public sealed class JobBoardEntry
{
    public required JobSummary Summary { get; set; }

    public required string Description { get; set; }

    public long Sequence { get; set; }
}
