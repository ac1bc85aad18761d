using Marketplace.Contracts;
using Marketplace.Ledger;

namespace Marketplace.Grains.Contracts;

/// <summary>The fixed-price side of a contract: milestones funded into escrow, submitted, released or sent back.</summary>
public sealed partial class ContractGrain
{
    private const int MaxNoteLength = 5_000;
    private static readonly TimeSpan AutoReleaseAfter = TimeSpan.FromDays(14);

    public async Task<ContractView> FundMilestoneAsync(string clientId, int milestone, string idempotencyKey)
    {
        var party = PartyOf(clientId);
        RequireKind(ContractKind.Fixed);
        var m = Milestone(milestone);
        OfferRules.RequireId("idempotencyKey", idempotencyKey);
        if (party == Party.Client && m.FundKey == idempotencyKey)
        {
            return View(); // a retry of the funding that succeeded
        }

        var to = MilestoneTransitions.Table.Fire(m.Status, MilestoneTrigger.Fund, party);
        RequireActive();
        // One funding per milestone in its life: the transfer key is the milestone's, so a retry after a failed write,
        // whatever key the client sends, finds the transfer done (Repeated) instead of moving the money again.
        await Ledger.TransferAsync(new TransferRequest($"contract/{Id}/milestone/{m.Number}/fund",
            Legs(new TransferLeg(LedgerAccount.ClientWallet(C.ClientId), LedgerAccount.Escrow(Id), m.AmountCents)),
            $"Fund milestone {m.Number} \"{m.Title}\" of contract {Id}"));

        var now = clock.GetUtcNow();
        m.Status = to;
        m.FundKey = idempotencyKey;
        m.FundedAt = now;
        Record(new MilestoneFunded(Id, C.ClientId, C.FreelancerId, m.Number, m.AmountCents, now));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> SubmitWorkAsync(string freelancerId, int milestone, string note)
    {
        var party = PartyOf(freelancerId);
        RequireKind(ContractKind.Fixed);
        var m = Milestone(milestone);
        var to = MilestoneTransitions.Table.Fire(m.Status, MilestoneTrigger.Submit, party);
        RequireActive();
        if (note is { Length: > MaxNoteLength })
        {
            throw DomainException.InvalidInput("note", $"A note has at most {MaxNoteLength} characters.");
        }

        var now = clock.GetUtcNow();
        await RegisterOrUpdateReminder(AutoReleaseReminderPrefix + m.Number, AutoReleaseAfter);
        m.Status = to;
        m.SubmittedAt = now;
        m.AutoReleaseAt = now + AutoReleaseAfter;
        m.SubmissionNote = note ?? "";
        Record(new WorkSubmitted(Id, C.ClientId, C.FreelancerId, m.Number, m.SubmissionNote, m.AutoReleaseAt.Value, now));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> ApproveMilestoneAsync(string clientId, int milestone)
    {
        var party = PartyOf(clientId);
        RequireKind(ContractKind.Fixed);
        var m = Milestone(milestone);
        var to = MilestoneTransitions.Table.Fire(m.Status, MilestoneTrigger.Approve, party);
        await ReleaseAsync(m, to, party);
        await UnregisterReminder(AutoReleaseReminderPrefix + m.Number);
        return View();
    }

    public async Task<ContractView> RequestChangesAsync(string clientId, int milestone, string note)
    {
        var party = PartyOf(clientId);
        RequireKind(ContractKind.Fixed);
        var m = Milestone(milestone);
        var to = MilestoneTransitions.Table.Fire(m.Status, MilestoneTrigger.RequestChanges, party);
        OfferRules.RequireText("note", note, MaxNoteLength);

        m.Status = to;
        m.ChangesNote = note;
        m.AutoReleaseAt = null;
        Record(new ChangesRequested(Id, C.ClientId, C.FreelancerId, m.Number, note, clock.GetUtcNow()));
        await WriteAsync();
        await UnregisterReminder(AutoReleaseReminderPrefix + m.Number);
        return View();
    }

    /// <summary>14 days after submission without the client's approval or request for changes: released as an approval would.</summary>
    private async Task AutoReleaseAsync(int number, DateTimeOffset now)
    {
        var m = C.Milestones.Find(candidate => candidate.Number == number);
        if (m is not { Status: MilestoneStatus.Submitted, AutoReleaseAt: { } due } || now < due)
        {
            return; // approved, sent back or resubmitted since
        }

        await ReleaseAsync(m, MilestoneTransitions.Table.Fire(m.Status, MilestoneTrigger.AutoRelease, Party.System), Party.System);
    }

    /// <summary>Pays the milestone out of escrow: 90% to the freelancer's available balance, 10% platform fee, in one transfer.</summary>
    private async Task ReleaseAsync(MilestoneState m, MilestoneStatus to, Party by)
    {
        var (freelancerCents, feeCents) = PlatformFee.Split(m.AmountCents);
        // Approval and automatic release share the key: whichever comes first pays, the other finds it done.
        await Ledger.TransferAsync(new TransferRequest($"contract/{Id}/milestone/{m.Number}/release",
            Legs(new TransferLeg(LedgerAccount.Escrow(Id), LedgerAccount.FreelancerAvailable(C.FreelancerId), freelancerCents),
                new TransferLeg(LedgerAccount.Escrow(Id), LedgerAccount.PlatformFees, feeCents)),
            $"Release milestone {m.Number} \"{m.Title}\" of contract {Id}"));

        var now = clock.GetUtcNow();
        m.Status = to;
        m.ReleasedAt = now;
        m.AutoReleaseAt = null;
        C.FreelancerEarnedCents += freelancerCents;
        C.FeesCents += feeCents;
        Record(new MilestoneReleased(Id, C.ClientId, C.FreelancerId, m.Number, m.AmountCents, freelancerCents, feeCents, by, now));
        await WriteAsync();
    }

    /// <summary>
    /// On the contract's end: the escrow of funded milestones goes back to the client's wallet (one transfer) and they
    /// are refunded, unfunded ones cancelled. Refused while work is submitted: the client answers it first (or it is
    /// released). Returns the cents refunded. Changes the state only; the caller writes.
    /// </summary>
    private async Task<long> RefundEscrowAsync()
    {
        var submitted = C.Milestones.Find(m => m.Status == MilestoneStatus.Submitted);
        if (submitted is not null)
        {
            throw new DomainException(ErrorCodes.InvalidState,
                $"Milestone {submitted.Number} has submitted work: the client approves it or asks for changes before the contract ends.");
        }

        var funded = C.Milestones.Where(m => m.Status == MilestoneStatus.Funded).ToList();
        var refund = funded.Sum(m => m.AmountCents);
        if (refund > 0)
        {
            await Ledger.TransferAsync(new TransferRequest($"contract/{Id}/end/refund",
                Legs(new TransferLeg(LedgerAccount.Escrow(Id), LedgerAccount.ClientWallet(C.ClientId), refund)),
                $"Refund the escrow of ended contract {Id}"));
        }

        foreach (var m in C.Milestones)
        {
            var trigger = m.Status == MilestoneStatus.Funded ? MilestoneTrigger.Refund : MilestoneTrigger.Cancel;
            if (MilestoneTransitions.Table.Allows(m.Status, trigger, Party.System))
            {
                m.Status = MilestoneTransitions.Table.Fire(m.Status, trigger, Party.System);
            }
        }

        C.RefundedCents += refund;
        return refund;
    }

    private MilestoneState Milestone(int number) =>
        C.Milestones.Find(m => m.Number == number)
        ?? throw DomainException.InvalidInput("milestone", $"The contract has milestones 1 to {C.Milestones.Count}, not {number}.");
}
