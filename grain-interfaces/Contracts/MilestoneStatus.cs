namespace Marketplace.Contracts;

/// <summary>Where a fixed-price milestone is (the table is MilestoneTransitions in the grains).</summary>
public enum MilestoneStatus
{
    /// <summary>Not funded yet: no work is expected.</summary>
    NotFunded,

    /// <summary>Its amount is in the contract's escrow: the freelancer works on it.</summary>
    Funded,

    /// <summary>The freelancer submitted work; the client approves or asks for changes, or it is released 14 days later.</summary>
    Submitted,

    /// <summary>Paid: 90% to the freelancer, 10% platform fee.</summary>
    Released,

    /// <summary>The contract ended while it was funded: its escrow went back to the client.</summary>
    Refunded,

    /// <summary>The contract ended before it was funded.</summary>
    Cancelled,
}
