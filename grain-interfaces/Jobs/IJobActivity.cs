using Marketplace.Proposals;

namespace Marketplace.Jobs;

/// <summary>
/// An event of a job's stream (<see cref="JobStreams.Job"/>, job id) that the job itself records, for the api's
/// <c>jobActivity(jobId)</c> subscription and the job board's indexer. Every one carries the job's client and the
/// standing bids after the change. <see cref="JobHired"/> shares the stream but is recorded by the contract.
/// </summary>
public interface IJobActivity
{
    string JobId { get; }

    string ClientId { get; }

    BidStats Bids { get; }

    DateTimeOffset At { get; }
}

/// <summary>
/// A job activity about one proposal. It carries the whole proposal: the job's client may see every one, a
/// freelancer only those whose <see cref="ProposalView.FreelancerId"/> is theirs (plus <see cref="IJobActivity.Bids"/>):
/// the subscriber filters.
/// </summary>
public interface IProposalActivity : IJobActivity
{
    ProposalView Proposal { get; }
}

/// <summary>A job activity about the post itself; it carries the job as it is after the change.</summary>
public interface IJobPostActivity : IJobActivity
{
    JobView Job { get; }
}
