using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Contracts;
using Marketplace.Notifications;
using static Marketplace.Grains.Notifications.NotificationText;

namespace Marketplace.Grains.Notifications;

/// <summary>
/// Turns a contract's events (an implicit subscriber keyed by contract id) into notifications for the party that did
/// not act: offers for the freelancer, answers to offers and submitted work for the client, money for whoever it
/// reaches. Each dedupe key names its event, so a redelivered event adds nothing.
/// </summary>
[ImplicitStreamSubscription(ContractStreams.Contract)]
public sealed class ContractNotificationRouterGrain : Grain, IStreamSubscriber
{
    public async Task OnNextAsync(StreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        foreach (var (userId, draft) in Notifications(streamEvent.Event))
        {
            await GrainFactory.GetGrain<IInboxGrain>(userId).AddAsync(draft);
        }
    }

    /// <summary>Who is told what about <paramref name="contractEvent"/>.</summary>
    public static IEnumerable<(string UserId, NotificationDraft Draft)> Notifications(object contractEvent)
    {
        if (contractEvent is not IContractEvent e)
        {
            return [];
        }

        (string, NotificationDraft) To(string userId, string what, NotificationKind kind, string title, string body) =>
            (userId, new NotificationDraft($"{what}:{e.ContractId}", kind, title, body, "contract", e.ContractId));

        return contractEvent switch
        {
            OfferMade o => [To(o.FreelancerId, "offer-made", NotificationKind.Offer, "New offer", $"You have an offer: {o.Title}. It expires on {o.ExpiresAt:yyyy-MM-dd}.")],
            OfferAccepted o => [To(o.ClientId, "offer-accepted", NotificationKind.Offer, "Offer accepted", "Your offer was accepted: the contract has started.")],
            OfferDeclined o => [To(o.ClientId, "offer-declined", NotificationKind.Offer, "Offer declined", $"Your offer was declined. {o.Reason}".Trim())],
            OfferWithdrawn o => [To(o.FreelancerId, "offer-withdrawn", NotificationKind.Offer, "Offer withdrawn", "The client withdrew their offer.")],
            OfferExpired o =>
            [
                To(o.ClientId, "offer-expired", NotificationKind.Offer, "Offer expired", "Your offer expired without an answer."),
                To(o.FreelancerId, "offer-expired", NotificationKind.Offer, "Offer expired", "An offer to you expired."),
            ],
            MilestoneFunded m => [To(m.FreelancerId, $"milestone-funded:{m.Milestone}", NotificationKind.Payment, "Milestone funded", $"Milestone {m.Milestone} is funded: {Dollars(m.AmountCents)} in escrow. You can start.")],
            WorkSubmitted w => [To(w.ClientId, $"work-submitted:{w.Milestone}", NotificationKind.Contract, "Work submitted", $"Milestone {w.Milestone} was submitted for review; it is released on {w.AutoReleaseAt:yyyy-MM-dd} unless you act.")],
            ChangesRequested c => [To(c.FreelancerId, $"changes-requested:{c.Milestone}:{c.At.UtcTicks}", NotificationKind.Contract, "Changes requested", $"Milestone {c.Milestone}: {c.Note}")],
            MilestoneReleased r => [To(r.FreelancerId, $"milestone-released:{r.Milestone}", NotificationKind.Payment, "Payment released", $"Milestone {r.Milestone} paid: {Dollars(r.FreelancerCents)} after the {Dollars(r.FeeCents)} fee.")],
            InvoiceIssued i => [To(i.ClientId, $"invoice-issued:{i.Week}", NotificationKind.Payment, "Weekly invoice", $"Week {i.Week}: {Dollars(i.AmountCents)} for {i.Minutes} minutes, charged on {i.ReviewEndsAt:yyyy-MM-dd} unless you review it first.")],
            InvoicePaid i => [To(i.FreelancerId, $"invoice-paid:{i.Week}", NotificationKind.Payment, "Invoice paid", $"Week {i.Week} paid: {Dollars(i.FreelancerCents)} after the {Dollars(i.FeeCents)} fee.")],
            InvoiceOverdue i =>
            [
                To(i.ClientId, $"invoice-overdue:{i.Week}", NotificationKind.Payment, "Invoice overdue", $"Week {i.Week} ({Dollars(i.AmountCents)}) could not be charged: add funds to your wallet."),
                To(i.FreelancerId, $"invoice-overdue:{i.Week}", NotificationKind.Payment, "Invoice overdue", $"The client has not paid week {i.Week} yet ({Dollars(i.AmountCents)})."),
            ],
            ContractEnded x => [To(x.EndedBy == Party.Client ? x.FreelancerId : x.ClientId, "contract-ended", NotificationKind.Contract, "Contract ended", "The contract has ended.")],
            _ => [],
        };
    }
}
