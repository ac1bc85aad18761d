namespace Marketplace.Jobs;

/// <summary>The stream namespaces of the jobs area.</summary>
public static class JobStreams
{
    /// <summary>One stream per job (key: job id): the job's events and its live bidding (proposals submitted, revised, withdrawn), and hires.</summary>
    public const string Job = "job";
}
