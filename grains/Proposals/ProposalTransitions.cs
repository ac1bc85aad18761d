using Marketplace.Grains.Shared;
using Marketplace.Proposals;

namespace Marketplace.Grains.Proposals;

/// <summary>What happens to a proposal.</summary>
public enum ProposalTrigger
{
    /// <summary>The freelancer changes the terms or (within its window) the text; only undecided proposals.</summary>
    Revise,

    /// <summary>The client puts it on the shortlist.</summary>
    Shortlist,

    /// <summary>The client sets it aside.</summary>
    Archive,

    /// <summary>The client turns it down.</summary>
    Decline,

    /// <summary>The freelancer takes it back (no Connects come back for that).</summary>
    Withdraw,

    /// <summary>An offer from it was accepted: the contract recorded <see cref="Marketplace.Jobs.JobHired"/>.</summary>
    Hire,
}

/// <summary>
/// The life of a proposal: Submitted and Shortlisted are undecided (terms revisable, the client may decide);
/// Archived is decided but the freelancer may still withdraw it and the client may still hire from it;
/// Declined, Withdrawn and Hired are final.
/// </summary>
public static class ProposalTransitions
{
    public static readonly TransitionTable<ProposalStatus, ProposalTrigger> Table = new("proposal",
        new(ProposalStatus.Submitted, ProposalTrigger.Revise, Party.Freelancer, ProposalStatus.Submitted),
        new(ProposalStatus.Shortlisted, ProposalTrigger.Revise, Party.Freelancer, ProposalStatus.Shortlisted),
        new(ProposalStatus.Submitted, ProposalTrigger.Shortlist, Party.Client, ProposalStatus.Shortlisted),
        new(ProposalStatus.Submitted, ProposalTrigger.Archive, Party.Client, ProposalStatus.Archived),
        new(ProposalStatus.Shortlisted, ProposalTrigger.Archive, Party.Client, ProposalStatus.Archived),
        new(ProposalStatus.Submitted, ProposalTrigger.Decline, Party.Client, ProposalStatus.Declined),
        new(ProposalStatus.Shortlisted, ProposalTrigger.Decline, Party.Client, ProposalStatus.Declined),
        new(ProposalStatus.Submitted, ProposalTrigger.Withdraw, Party.Freelancer, ProposalStatus.Withdrawn),
        new(ProposalStatus.Shortlisted, ProposalTrigger.Withdraw, Party.Freelancer, ProposalStatus.Withdrawn),
        new(ProposalStatus.Archived, ProposalTrigger.Withdraw, Party.Freelancer, ProposalStatus.Withdrawn),
        new(ProposalStatus.Submitted, ProposalTrigger.Hire, Party.System, ProposalStatus.Hired),
        new(ProposalStatus.Shortlisted, ProposalTrigger.Hire, Party.System, ProposalStatus.Hired),
        new(ProposalStatus.Archived, ProposalTrigger.Hire, Party.System, ProposalStatus.Hired));

    /// <summary>Whether a proposal in <paramref name="status"/> is a standing bid (counted in <see cref="Marketplace.Jobs.BidStats"/>).</summary>
    public static bool IsStanding(ProposalStatus status) =>
        status is ProposalStatus.Submitted or ProposalStatus.Shortlisted or ProposalStatus.Hired;
}
