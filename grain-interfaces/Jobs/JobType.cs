namespace Marketplace.Jobs;

/// <summary>How a job pays: one fixed price for the whole job, or an hourly rate.</summary>
public enum JobType
{
    Fixed,
    Hourly,
}
