using Marketplace.Contracts;
using Marketplace.Grains.Shared;

namespace Marketplace.Grains.Contracts;

/// <summary>What can happen to a fixed-price milestone.</summary>
public enum MilestoneTrigger
{
    Fund,
    Submit,
    Approve,
    RequestChanges,
    AutoRelease,
    Refund,
    Cancel,
}

/// <summary>
/// The life of a milestone: funded into escrow by the client, worked on and submitted by the freelancer, then
/// approved or sent back by the client, or released by the platform 14 days after submission. When the contract
/// ends, funded milestones are refunded to the client and unfunded ones cancelled (by the platform).
/// </summary>
public static class MilestoneTransitions
{
    public static readonly TransitionTable<MilestoneStatus, MilestoneTrigger> Table = new(
        "milestone",
        new(MilestoneStatus.NotFunded, MilestoneTrigger.Fund, Party.Client, MilestoneStatus.Funded),
        new(MilestoneStatus.Funded, MilestoneTrigger.Submit, Party.Freelancer, MilestoneStatus.Submitted),
        new(MilestoneStatus.Submitted, MilestoneTrigger.Approve, Party.Client, MilestoneStatus.Released),
        new(MilestoneStatus.Submitted, MilestoneTrigger.RequestChanges, Party.Client, MilestoneStatus.Funded),
        new(MilestoneStatus.Submitted, MilestoneTrigger.AutoRelease, Party.System, MilestoneStatus.Released),
        new(MilestoneStatus.Funded, MilestoneTrigger.Refund, Party.System, MilestoneStatus.Refunded),
        new(MilestoneStatus.NotFunded, MilestoneTrigger.Cancel, Party.System, MilestoneStatus.Cancelled));
}
