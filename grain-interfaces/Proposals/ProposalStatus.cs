namespace Marketplace.Proposals;

/// <summary>
/// Where a proposal is: submitted, shortlisted by the client, archived or declined by the client, withdrawn by its
/// freelancer, or hired (an offer from it was accepted). Submitted and shortlisted are undecided; the others are decided.
/// </summary>
public enum ProposalStatus
{
    Submitted,
    Shortlisted,
    Archived,
    Declined,
    Withdrawn,
    Hired,
}
