using Actors.Runtime;

namespace Marketplace.Contracts;

/// <summary>
/// A contract as its two parties see it: the offer, the contract's status once accepted, milestones (fixed) or
/// invoices and this week's time (hourly), and the money: in escrow, paid to the freelancer, fees, refunded.
/// </summary>
[GenerateSerializer]
public sealed record ContractView(
    [Id(0)] string ContractId, [Id(1)] string JobId, [Id(2)] string ProposalId, [Id(3)] string ClientId, [Id(4)] string FreelancerId,
    [Id(5)] string Title, [Id(6)] string Description, [Id(7)] ContractKind Kind,
    [Id(8)] OfferStatus OfferStatus, [Id(9)] DateTimeOffset OfferedAt, [Id(10)] DateTimeOffset OfferExpiresAt,
    [Id(11)] ContractStatus? Status, [Id(12)] DateTimeOffset? StartedAt, [Id(13)] DateTimeOffset? EndedAt,
    [Id(14)] long? HourlyRateCents, [Id(15)] int? WeeklyLimitHours,
    [Id(16)] IReadOnlyList<MilestoneView> Milestones, [Id(17)] IReadOnlyList<InvoiceView> Invoices,
    [Id(18)] IReadOnlyList<TimeEntryView> TimeThisWeek, [Id(19)] int MinutesThisWeek,
    [Id(20)] long EscrowCents, [Id(21)] long PaidCents, [Id(22)] long FreelancerEarnedCents, [Id(23)] long FeesCents, [Id(24)] long RefundedCents);

/// <summary>A milestone of a fixed-price contract, numbered from 1.</summary>
[GenerateSerializer]
public sealed record MilestoneView(
    [Id(0)] int Number, [Id(1)] string Title, [Id(2)] long AmountCents, [Id(3)] DateTimeOffset? DueDate, [Id(4)] MilestoneStatus Status,
    [Id(5)] DateTimeOffset? FundedAt, [Id(6)] DateTimeOffset? SubmittedAt, [Id(7)] DateTimeOffset? AutoReleaseAt,
    [Id(8)] string? SubmissionNote, [Id(9)] string? ChangesNote, [Id(10)] DateTimeOffset? ReleasedAt);

/// <summary>A weekly invoice of an hourly contract: the ISO week ("2026-W10"), its time and amount (minutes × rate / 60, rounded down).</summary>
[GenerateSerializer]
public sealed record InvoiceView(
    [Id(0)] string Week, [Id(1)] string WeekStart, [Id(2)] int Minutes, [Id(3)] long AmountCents, [Id(4)] InvoiceStatus Status,
    [Id(5)] DateTimeOffset IssuedAt, [Id(6)] DateTimeOffset ReviewEndsAt, [Id(7)] DateTimeOffset? PaidAt);

/// <summary>Time a freelancer logged on an hourly contract: the day ("yyyy-MM-dd", UTC), minutes and memo.</summary>
[GenerateSerializer]
public sealed record TimeEntryView([Id(0)] string Date, [Id(1)] int Minutes, [Id(2)] string Memo, [Id(3)] DateTimeOffset LoggedAt);
