using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Grains.Proposals;

/// <summary>One proposal as the job stores it, with the draft it was submitted as (to recognise a retried submit).</summary>
public sealed class ProposalRecord
{
    public required string ProposalId { get; set; }

    public required string FreelancerId { get; set; }

    public required ProposalDraft Submitted { get; set; }

    public ProposalStatus Status { get; set; }

    public long? AmountCents { get; set; }

    public long? HourlyRateCents { get; set; }

    public string CoverLetter { get; set; } = "";

    public List<string> Answers { get; set; } = [];

    public ProjectDuration EstimatedDuration { get; set; }

    public bool Invited { get; set; }

    public int ConnectsSpent { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? RevisedAt { get; set; }

    public DateTimeOffset? ViewedAt { get; set; }

    public string? ContractId { get; set; }

    /// <summary>The bid: the amount on a fixed-price job, the rate on an hourly one.</summary>
    public long Bid => AmountCents ?? HourlyRateCents ?? 0;

    /// <summary>When the text stops being editable: 6 hours after submission, or when the client viewed it if sooner.</summary>
    public DateTimeOffset TextEditableUntil =>
        ViewedAt is { } viewed && viewed < SubmittedAt + JobRules.ProposalTextEditableFor ? viewed : SubmittedAt + JobRules.ProposalTextEditableFor;

    public ProposalView ToView(string jobId) =>
        new(ProposalId, jobId, FreelancerId, Status, AmountCents, HourlyRateCents, CoverLetter, [.. Answers], EstimatedDuration,
            Invited, ConnectsSpent, SubmittedAt, RevisedAt, ViewedAt, TextEditableUntil, ContractId);

    /// <summary>The standing bids among <paramref name="proposals"/> (see <see cref="BidStats"/>).</summary>
    public static BidStats Stats(IEnumerable<ProposalRecord> proposals)
    {
        var bids = proposals.Where(p => ProposalTransitions.IsStanding(p.Status)).Select(p => p.Bid).ToList();
        if (bids.Count == 0)
        {
            return BidStats.None;
        }

        var average = (long)Math.Round((decimal)bids.Sum() / bids.Count, MidpointRounding.AwayFromZero);
        return new BidStats(bids.Count, bids.Min(), average, bids.Max());
    }
}
