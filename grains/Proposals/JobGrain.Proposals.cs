using Marketplace.Connects;
using Marketplace.Grains.Proposals;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Grains.Jobs;

/// <summary>The proposals of a job: bidding, revising, withdrawing, and the client's decisions, by <see cref="ProposalTransitions"/>.</summary>
public sealed partial class JobGrain
{
    public async Task<ProposalView> SubmitProposalAsync(string freelancerId, ProposalDraft draft)
    {
        RequireId(freelancerId, "freelancerId");
        RequirePosted();
        var proposal = ProposalValidation.Validate(draft, S.Post!);
        if (Proposals.TryGet(proposal.ProposalId, out var existing))
        {
            return existing.FreelancerId == freelancerId && ProposalValidation.Same(existing.Submitted, proposal)
                ? existing.ToView(JobId)
                : throw new DomainException(ErrorCodes.AlreadyExists, $"Proposal \"{proposal.ProposalId}\" exists already.");
        }

        if (freelancerId == S.ClientId)
        {
            throw DomainException.Forbidden("A client cannot bid on their own job.");
        }

        if (S.Status != JobStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidState, $"The job is {S.Status.ToString().ToLowerInvariant()}: it takes no proposals.");
        }

        var invited = S.InvitedFreelancerIds.Contains(freelancerId);
        if (S.Post!.Visibility == JobVisibility.InviteOnly && !invited)
        {
            throw DomainException.Forbidden("The job is invite-only and the freelancer was not invited.");
        }

        if (Proposals.Any(p => p.FreelancerId == freelancerId && p.Status != ProposalStatus.Withdrawn))
        {
            throw new DomainException(ErrorCodes.AlreadyExists, "The freelancer has a proposal on this job already.");
        }

        var spent = 0;
        if (!invited)
        {
            // Idempotent per job: a retry after a failed write, or a new proposal after a withdrawal, is not charged again.
            spent = (await GrainFactory.GetGrain<IConnectsGrain>(freelancerId).SpendAsync(JobId, S.ConnectsCost)).Connects;
        }

        var now = clock.GetUtcNow();
        var record = new ProposalRecord
        {
            ProposalId = proposal.ProposalId,
            FreelancerId = freelancerId,
            Submitted = proposal,
            Status = ProposalStatus.Submitted,
            AmountCents = proposal.AmountCents,
            HourlyRateCents = proposal.HourlyRateCents,
            CoverLetter = proposal.CoverLetter,
            Answers = [.. proposal.Answers],
            EstimatedDuration = proposal.EstimatedDuration,
            Invited = invited,
            ConnectsSpent = spent,
            SubmittedAt = now,
        };
        Proposals.Set(record.ProposalId, record);
        var view = record.ToView(JobId);
        state.RecordEvent(Stream, new ProposalSubmitted(JobId, S.ClientId!, view, Stats(), now));
        await WriteAsync();
        return view;
    }

    public async Task<ProposalView> ReviseProposalAsync(string freelancerId, string proposalId, ProposalRevision revision)
    {
        var proposal = OwnProposal(freelancerId, proposalId);
        var changes = ProposalValidation.Validate(revision, S.Post!);
        if (S.Status != JobStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidState, $"The job is {S.Status.ToString().ToLowerInvariant()}: its proposals can no longer change.");
        }

        var to = ProposalTransitions.Table.Fire(proposal.Status, ProposalTrigger.Revise, Party.Freelancer);
        var now = clock.GetUtcNow();
        if ((changes.CoverLetter is not null || changes.Answers is not null) && now >= proposal.TextEditableUntil)
        {
            throw new DomainException(ErrorCodes.WindowClosed, proposal.ViewedAt is not null && proposal.ViewedAt <= now
                ? "The client has viewed the proposal: its text can no longer change (its terms still can)."
                : "A proposal's text is editable for 6 hours after submission (its terms still are).");
        }

        proposal.Status = to;
        proposal.CoverLetter = changes.CoverLetter ?? proposal.CoverLetter;
        proposal.Answers = changes.Answers is null ? proposal.Answers : [.. changes.Answers];
        proposal.AmountCents = changes.AmountCents ?? proposal.AmountCents;
        proposal.HourlyRateCents = changes.HourlyRateCents ?? proposal.HourlyRateCents;
        proposal.EstimatedDuration = changes.EstimatedDuration ?? proposal.EstimatedDuration;
        proposal.RevisedAt = now;
        Proposals.Set(proposal.ProposalId, proposal);
        var view = proposal.ToView(JobId);
        state.RecordEvent(Stream, new ProposalRevised(JobId, S.ClientId!, view, Stats(), now));
        await WriteAsync();
        return view;
    }

    public async Task<ProposalView> WithdrawProposalAsync(string freelancerId, string proposalId)
    {
        var proposal = OwnProposal(freelancerId, proposalId);
        proposal.Status = ProposalTransitions.Table.Fire(proposal.Status, ProposalTrigger.Withdraw, Party.Freelancer);
        Proposals.Set(proposal.ProposalId, proposal);
        var now = clock.GetUtcNow();
        var view = proposal.ToView(JobId);
        state.RecordEvent(Stream, new ProposalWithdrawn(JobId, S.ClientId!, view, Stats(), now));
        await WriteAsync();
        return view;
    }

    public Task<ProposalView> ShortlistAsync(string clientId, string proposalId) => DecideAsync(clientId, proposalId, ProposalTrigger.Shortlist);

    public Task<ProposalView> ArchiveAsync(string clientId, string proposalId) => DecideAsync(clientId, proposalId, ProposalTrigger.Archive);

    public Task<ProposalView> DeclineAsync(string clientId, string proposalId) => DecideAsync(clientId, proposalId, ProposalTrigger.Decline);

    public async Task<IReadOnlyList<ProposalView>> ViewProposalsAsync(string clientId)
    {
        RequireClient(clientId);
        var now = clock.GetUtcNow();
        var unseen = Proposals.Where(p => p.ViewedAt is null).ToList();
        if (unseen.Count > 0)
        {
            foreach (var proposal in unseen)
            {
                proposal.ViewedAt = now;
                Proposals.Set(proposal.ProposalId, proposal);
            }

            await WriteAsync();
        }

        return [.. Proposals.Select(p => p.ToView(JobId))];
    }

    public Task<ProposalView> GetProposalAsync(string viewerId, string proposalId)
    {
        var proposal = FindProposal(proposalId);
        if (viewerId != proposal.FreelancerId && viewerId != S.ClientId)
        {
            throw DomainException.Forbidden("Only the proposal's freelancer and the job's client may see it.");
        }

        return Task.FromResult(proposal.ToView(JobId));
    }

    public Task<ProposalView?> GetOwnProposalAsync(string freelancerId)
    {
        RequirePosted();
        return Task.FromResult(Proposals.LastOrDefault(p => p.FreelancerId == freelancerId)?.ToView(JobId));
    }

    private async Task<ProposalView> DecideAsync(string clientId, string proposalId, ProposalTrigger trigger)
    {
        RequireClient(clientId);
        var proposal = FindProposal(proposalId);
        var from = proposal.Status;
        proposal.Status = ProposalTransitions.Table.Fire(from, trigger, Party.Client);
        Proposals.Set(proposal.ProposalId, proposal);
        var now = clock.GetUtcNow();
        var view = proposal.ToView(JobId);
        state.RecordEvent(Stream, new ProposalStatusChanged(JobId, S.ClientId!, view, from, Stats(), now));
        await WriteAsync();
        return view;
    }

    private ProposalRecord FindProposal(string proposalId)
    {
        RequirePosted();
        return Proposals.TryGet(proposalId, out var proposal) ? proposal : throw DomainException.NotFound("Proposal", proposalId);
    }

    private ProposalRecord OwnProposal(string freelancerId, string proposalId)
    {
        var proposal = FindProposal(proposalId);
        return proposal.FreelancerId == freelancerId
            ? proposal
            : throw DomainException.Forbidden("Only the proposal's freelancer may do this.");
    }
}
