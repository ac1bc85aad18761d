using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>A client posted the job.</summary>
[GenerateSerializer]
public sealed record JobPosted([Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] JobView Job, [Id(3)] DateTimeOffset At) : IJobPostActivity
{
    public BidStats Bids => Job.Bids;
}

/// <summary>The client edited the open job.</summary>
[GenerateSerializer]
public sealed record JobEdited([Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] JobView Job, [Id(3)] DateTimeOffset At) : IJobPostActivity
{
    public BidStats Bids => Job.Bids;
}

/// <summary>The client closed the job; <see cref="RefundedFreelancerIds"/> got their Connects back (empty after a hire).</summary>
[GenerateSerializer]
public sealed record JobClosed(
    [Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] JobView Job, [Id(3)] IReadOnlyList<string> RefundedFreelancerIds, [Id(4)] DateTimeOffset At)
    : IJobPostActivity
{
    public BidStats Bids => Job.Bids;
}

/// <summary>The job expired 30 days after posting; <see cref="RefundedFreelancerIds"/> got their Connects back (empty after a hire).</summary>
[GenerateSerializer]
public sealed record JobExpired(
    [Id(0)] string JobId, [Id(1)] string ClientId, [Id(2)] JobView Job, [Id(3)] IReadOnlyList<string> RefundedFreelancerIds, [Id(4)] DateTimeOffset At)
    : IJobPostActivity
{
    public BidStats Bids => Job.Bids;
}
