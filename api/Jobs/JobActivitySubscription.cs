using System.Runtime.CompilerServices;
using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Api.Auth;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>
/// jobActivity(jobId): the job's stream (where the job grain records every change in the same write as its state)
/// read from its current end, each event shaped for the viewer. The job's client sees every proposal; a freelancer
/// sees statistics and their own proposal only; nobody else may subscribe.
/// </summary>
[GraphQLType("Subscription")]
public sealed class JobActivitySubscription
{
    public static async Task<IAsyncEnumerable<JobActivity>> JobActivityAsync(
        string jobId, ClaimsPrincipal? user, IGrainFactory grains, IStreamReader streams, CancellationToken cancellationToken)
    {
        var viewer = Viewer.Require(user);
        var id = GlobalId.Expect(JobIds.Job, jobId, "jobId");
        var job = await JobAccess.VisibleJobAsync(grains, id, viewer);
        if (job is null || (viewer.Role == Role.Client && viewer.UserId != job.ClientId))
        {
            throw DomainException.NotFound("Job", jobId);
        }

        var stream = new StreamId(JobStreams.Job, id);
        var from = await streams.ReadLastSequenceAsync(stream, cancellationToken);
        return Activity(streams, stream, from, viewer, job.ClientId, cancellationToken);
    }

    private static async IAsyncEnumerable<JobActivity> Activity(
        IStreamReader streams, StreamId stream, long after, Viewer viewer, string clientId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var recorded in streams.ReadAsync(stream, after, cancellationToken))
        {
            if (Shape(recorded, viewer, clientId) is { } activity)
            {
                yield return activity;
            }
        }
    }

    private static JobActivity? Shape(StreamEvent recorded, Viewer viewer, string clientId)
    {
        var seesAll = viewer.UserId == clientId || viewer.Role == Role.Admin;
        ProposalView? Visible(ProposalView proposal) => seesAll || proposal.FreelancerId == viewer.UserId ? proposal : null;
        return recorded.Event switch
        {
            ProposalSubmitted e => new(JobActivityKind.ProposalSubmitted, recorded.Sequence, e.At, Visible(e.Proposal), e.Bids, null),
            ProposalRevised e => new(JobActivityKind.ProposalRevised, recorded.Sequence, e.At, Visible(e.Proposal), e.Bids, null),
            ProposalWithdrawn e => new(JobActivityKind.ProposalWithdrawn, recorded.Sequence, e.At, Visible(e.Proposal), e.Bids, null),
            ProposalStatusChanged e => new(JobActivityKind.ProposalStatusChanged, recorded.Sequence, e.At, Visible(e.Proposal), e.Bids, null),
            JobPosted e => new(JobActivityKind.JobPosted, recorded.Sequence, e.At, null, e.Bids, e.Job.Status),
            JobEdited e => new(JobActivityKind.JobEdited, recorded.Sequence, e.At, null, e.Bids, e.Job.Status),
            JobClosed e => new(JobActivityKind.JobClosed, recorded.Sequence, e.At, null, e.Bids, e.Job.Status),
            JobExpired e => new(JobActivityKind.JobExpired, recorded.Sequence, e.At, null, e.Bids, e.Job.Status),
            _ => null, // hires and other areas' events on the job's stream are not bidding activity
        };
    }
}
