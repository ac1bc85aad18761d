using Marketplace.Grains.Shared;
using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>What happens to a job post.</summary>
public enum JobTrigger
{
    /// <summary>The client replaces the post.</summary>
    Edit,

    /// <summary>The client invites a freelancer.</summary>
    Invite,

    /// <summary>The client takes the post down. Effect: without a hire, every proposal's Connects are refunded.</summary>
    Close,

    /// <summary>The post was open for <see cref="JobRules.OpenFor"/> (a reminder). Effect: as <see cref="Close"/>.</summary>
    Expire,

    /// <summary>A <see cref="JobHired"/> arrived: the job has a hire (its Connects are no longer refunded); the status stays.</summary>
    RecordHire,
}

/// <summary>
/// The life of a job post. Posting creates it Open. A hire can land in any status (an offer accepted after the post
/// closed), so <see cref="JobTrigger.RecordHire"/> is allowed everywhere and changes no status.
/// </summary>
public static class JobTransitions
{
    public static readonly TransitionTable<JobStatus, JobTrigger> Table = new("job",
        new(JobStatus.Open, JobTrigger.Edit, Party.Client, JobStatus.Open),
        new(JobStatus.Open, JobTrigger.Invite, Party.Client, JobStatus.Open),
        new(JobStatus.Open, JobTrigger.Close, Party.Client, JobStatus.Closed),
        new(JobStatus.Open, JobTrigger.Expire, Party.System, JobStatus.Expired),
        new(JobStatus.Open, JobTrigger.RecordHire, Party.System, JobStatus.Open),
        new(JobStatus.Closed, JobTrigger.RecordHire, Party.System, JobStatus.Closed),
        new(JobStatus.Expired, JobTrigger.RecordHire, Party.System, JobStatus.Expired));
}
