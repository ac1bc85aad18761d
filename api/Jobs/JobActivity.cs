using Actors.GraphQL.Binding;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>What a job stream's event becomes for one subscriber: the proposal only when the viewer may see it.</summary>
[GraphQLRuntimeType("JobActivity")]
public sealed record JobActivity(JobActivityKind Kind, long Sequence, DateTimeOffset At, ProposalView? Proposal, BidStats BidStats, JobStatus? JobStatus);

/// <summary>The kinds of job activity.</summary>
public enum JobActivityKind
{
    JobPosted,
    JobEdited,
    JobClosed,
    JobExpired,
    ProposalSubmitted,
    ProposalRevised,
    ProposalWithdrawn,
    ProposalStatusChanged,
}
