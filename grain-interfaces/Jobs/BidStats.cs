using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// The bids standing on a job: proposals that are submitted, shortlisted or hired (withdrawn, declined and archived
/// ones do not count). A bid is the proposal's <c>AmountCents</c> on a fixed-price job, its <c>HourlyRateCents</c> on an
/// hourly one. <see cref="AverageCents"/> is the mean rounded to the nearest cent, halves away from zero. Low, average and
/// high are null when <see cref="Count"/> is 0.
/// </summary>
[GenerateSerializer]
public sealed record BidStats([Id(0)] int Count, [Id(1)] long? LowCents, [Id(2)] long? AverageCents, [Id(3)] long? HighCents)
{
    public static BidStats None { get; } = new(0, null, null, null);
}
