using Actors.Runtime;

namespace Marketplace.Contracts;

/// <summary>
/// What a client offers a freelancer from a proposal on a job: a fixed price in 1 to 20 milestones (each at least
/// $5.00), or an hourly rate (at least $3.00/h) with a weekly limit of 1 to 80 hours.
/// </summary>
[GenerateSerializer]
public sealed record OfferDraft(
    [Id(0)] string JobId, [Id(1)] string ProposalId, [Id(2)] string FreelancerId, [Id(3)] string Title, [Id(4)] ContractKind Kind,
    [Id(5)] IReadOnlyList<MilestoneDraft> Milestones, [Id(6)] long? HourlyRateCents, [Id(7)] int? WeeklyLimitHours, [Id(8)] string Description);

/// <summary>One milestone of a fixed-price offer.</summary>
[GenerateSerializer]
public sealed record MilestoneDraft([Id(0)] string Title, [Id(1)] long AmountCents, [Id(2)] DateTimeOffset? DueDate);
