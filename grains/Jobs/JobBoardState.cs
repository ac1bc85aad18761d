using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>The job board's stored state: nothing but its entries, one per job (see <see cref="JobBoardGrain"/>).</summary>
public sealed class JobBoardState;

/// <summary>A job on the board: its summary, its whole description (searched, not returned) and the last stream event applied.</summary>
public sealed class JobBoardEntry
{
    public required JobSummary Summary { get; set; }

    public required string Description { get; set; }

    public long Sequence { get; set; }
}
