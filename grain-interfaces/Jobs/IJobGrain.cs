using Actors.Runtime;
using Marketplace.Proposals;

namespace Marketplace.Jobs;

/// <summary>
/// A job post and its proposals (key: the job id, made by the caller). Every command takes the acting user's id:
/// the client acts only on their own job, a freelancer only on their own proposal (<see cref="ErrorCodes.Forbidden"/>
/// otherwise). A job that was never posted answers <see cref="ErrorCodes.NotFound"/>. Changes are recorded on the
/// job's stream (<see cref="JobStreams.Job"/>, job id) as <see cref="IJobActivity"/> events, in the same write.
/// </summary>
public interface IJobGrain : IGrainWithStringKey
{
    /// <summary>
    /// Posts the job, open for 30 days (<see cref="JobRules.OpenFor"/>). Posting again with the same client and draft
    /// answers the job as it is; anything else on an existing id is <see cref="ErrorCodes.AlreadyExists"/>.
    /// </summary>
    Task<JobView> PostAsync(string clientId, JobDraft draft);

    /// <summary>
    /// Replaces the open job's post. Its type and screening questions are fixed once it has proposals
    /// (<see cref="ErrorCodes.InvalidInput"/> on <c>type</c> / <c>screeningQuestions</c>).
    /// </summary>
    Task<JobView> EditAsync(string clientId, JobDraft draft);

    /// <summary>Closes the open job. Without a hire, every proposal's Connects are refunded.</summary>
    Task<JobView> CloseAsync(string clientId);

    /// <summary>Invites a freelancer to the open job: they may bid on it even when invite-only, for no Connects. Inviting twice changes nothing.</summary>
    Task<JobView> InviteAsync(string clientId, string freelancerId);

    /// <summary>Whether the freelancer was invited to the job.</summary>
    [ReadOnly]
    Task<bool> IsInvitedAsync(string freelancerId);

    /// <summary>The job, with its standing bids.</summary>
    [ReadOnly]
    Task<JobView> GetAsync();

    /// <summary>
    /// Submits a proposal on the open job, spending the job's Connects (<see cref="Connects.IConnectsGrain.SpendAsync"/>) unless
    /// the freelancer was invited. Refused: the job's own client (<see cref="ErrorCodes.Forbidden"/>), an uninvited
    /// freelancer on an invite-only job (<see cref="ErrorCodes.Forbidden"/>), a second proposal while the first is not
    /// withdrawn (<see cref="ErrorCodes.AlreadyExists"/>), too few Connects (<see cref="ErrorCodes.InsufficientConnects"/>).
    /// Submitting the same proposal again (same id, freelancer and draft) answers it as it is.
    /// </summary>
    Task<ProposalView> SubmitProposalAsync(string freelancerId, ProposalDraft draft);

    /// <summary>
    /// Revises the freelancer's proposal while the job is open: text within 6 hours and until the client viewed it
    /// (<see cref="ErrorCodes.WindowClosed"/>), terms until the proposal is decided (<see cref="ErrorCodes.InvalidState"/>).
    /// </summary>
    Task<ProposalView> ReviseProposalAsync(string freelancerId, string proposalId, ProposalRevision revision);

    /// <summary>Withdraws the freelancer's proposal (Connects are not refunded for a withdrawal).</summary>
    Task<ProposalView> WithdrawProposalAsync(string freelancerId, string proposalId);

    /// <summary>The client shortlists a submitted proposal.</summary>
    Task<ProposalView> ShortlistAsync(string clientId, string proposalId);

    /// <summary>The client archives an undecided proposal.</summary>
    Task<ProposalView> ArchiveAsync(string clientId, string proposalId);

    /// <summary>The client declines an undecided proposal.</summary>
    Task<ProposalView> DeclineAsync(string clientId, string proposalId);

    /// <summary>Every proposal on the job, oldest first, for its client; marks each as viewed by the client (which closes its text window).</summary>
    Task<IReadOnlyList<ProposalView>> ViewProposalsAsync(string clientId);

    /// <summary>One proposal, for its freelancer or the job's client (<see cref="ErrorCodes.Forbidden"/> for anyone else). Does not mark it viewed.</summary>
    [ReadOnly]
    Task<ProposalView> GetProposalAsync(string viewerId, string proposalId);

    /// <summary>The freelancer's latest proposal on this job, or null when they have none.</summary>
    [ReadOnly]
    Task<ProposalView?> GetOwnProposalAsync(string freelancerId);
}
