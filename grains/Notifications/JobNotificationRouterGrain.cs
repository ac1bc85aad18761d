using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Grains.Shared;
using Marketplace.Jobs;
using Marketplace.Notifications;
using Marketplace.Proposals;
using static Marketplace.Grains.Notifications.NotificationText;

namespace Marketplace.Grains.Notifications;

/// <summary>
/// Turns a job's events (an implicit subscriber keyed by job id) into notifications: a new proposal for the client;
/// a decision on a proposal for its freelancer; refunded Connects for every freelancer refunded when the job ended
/// without a hire. Each dedupe key names its event, so a redelivered event adds nothing; a failed add throws and the
/// runtime delivers the event again.
/// </summary>
[ImplicitStreamSubscription(JobStreams.Job)]
public sealed class JobNotificationRouterGrain : Grain, IStreamSubscriber
{
    public async Task OnNextAsync(StreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        foreach (var (userId, draft) in Notifications(streamEvent.Event))
        {
            await GrainFactory.GetGrain<IInboxGrain>(userId).AddAsync(draft);
        }
    }

    /// <summary>Who is told what about <paramref name="jobEvent"/> (nothing for events that concern nobody else).</summary>
    public static IEnumerable<(string UserId, NotificationDraft Draft)> Notifications(object jobEvent) => jobEvent switch
    {
        ProposalSubmitted e =>
        [
            (e.ClientId, new NotificationDraft(
                $"proposal-submitted:{e.Proposal.ProposalId}", NotificationKind.NewProposal, "New proposal",
                $"A freelancer proposed {Dollars(e.Proposal.AmountCents ?? e.Proposal.HourlyRateCents ?? 0)}{(e.Proposal.HourlyRateCents is null ? "" : "/hr")}; {e.Bids.Count} proposal(s) so far.",
                "job", e.JobId)),
        ],
        ProposalStatusChanged e =>
        [
            (e.Proposal.FreelancerId, new NotificationDraft(
                $"proposal-status:{e.Proposal.ProposalId}:{e.Proposal.Status}", NotificationKind.ProposalStatus, $"Proposal {EnumWords.Of(e.Proposal.Status)}",
                $"Your proposal is now {EnumWords.Of(e.Proposal.Status)}.", "job", e.JobId)),
        ],
        JobClosed e => Refunds(e.JobId, e.RefundedFreelancerIds, "closed"),
        JobExpired e => Refunds(e.JobId, e.RefundedFreelancerIds, "expired"),
        _ => [],
    };

    private static IEnumerable<(string, NotificationDraft)> Refunds(string jobId, IReadOnlyList<string> freelancerIds, string how) =>
        freelancerIds.Select(freelancerId => (freelancerId, new NotificationDraft(
            $"connects-refunded:{jobId}:{freelancerId}", NotificationKind.System, "Connects refunded",
            $"The job {how} without a hire, so the Connects you spent on it are back.", "job", jobId)));
}
