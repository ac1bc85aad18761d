using Marketplace.Contracts;

namespace Marketplace.Grains.Contracts;

/// <summary>
/// A contract's stored state, from its offer on; <see cref="ClientId"/> is empty until an offer is made. The time
/// entries and weekly invoices of an hourly contract grow every week, so they are entries beside it (see
/// <see cref="ContractGrain"/>); the milestones are at most <see cref="OfferRules.MaxMilestones"/> and stay here.
/// </summary>
public sealed class ContractState
{
    public string ClientId { get; set; } = "";

    public string FreelancerId { get; set; } = "";

    public string JobId { get; set; } = "";

    public string ProposalId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public ContractKind Kind { get; set; }

    public OfferStatus OfferStatus { get; set; }

    public DateTimeOffset OfferedAt { get; set; }

    public DateTimeOffset OfferExpiresAt { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>Null until the offer is accepted.</summary>
    public ContractStatus? Status { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public Party? EndedBy { get; set; }

    public long? HourlyRateCents { get; set; }

    public int? WeeklyLimitHours { get; set; }

    public List<MilestoneState> Milestones { get; set; } = [];

    public long FreelancerEarnedCents { get; set; }

    public long FeesCents { get; set; }

    public long RefundedCents { get; set; }

    public bool Exists => ClientId.Length > 0;
}

/// <summary>A milestone's stored state.</summary>
public sealed class MilestoneState
{
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public long AmountCents { get; set; }

    public DateTimeOffset? DueDate { get; set; }

    public MilestoneStatus Status { get; set; }

    /// <summary>The client's idempotency key of the funding that succeeded.</summary>
    public string? FundKey { get; set; }

    public DateTimeOffset? FundedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? AutoReleaseAt { get; set; }

    public string? SubmissionNote { get; set; }

    public string? ChangesNote { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
}

/// <summary>Time logged on an hourly contract.</summary>
public sealed class TimeEntryState
{
    public DateOnly Date { get; set; }

    public int Minutes { get; set; }

    public string Memo { get; set; } = "";

    public DateTimeOffset LoggedAt { get; set; }
}

/// <summary>A weekly invoice's stored state.</summary>
public sealed class InvoiceState
{
    public string Week { get; set; } = "";

    public DateOnly WeekStart { get; set; }

    public int Minutes { get; set; }

    public long AmountCents { get; set; }

    public InvoiceStatus Status { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ReviewEndsAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }
}
