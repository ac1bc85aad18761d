using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// A job as the job board lists it: the first 200 characters of the description (<see cref="Snippet"/>), the budget
/// or hourly range, and the count of standing bids (<see cref="BidStats.Count"/>).
/// </summary>
[GenerateSerializer]
public sealed record JobSummary(
    [Id(0)] string JobId,
    [Id(1)] string ClientId,
    [Id(2)] string Title,
    [Id(3)] string Snippet,
    [Id(4)] IReadOnlyList<string> Skills,
    [Id(5)] JobType Type,
    [Id(6)] long? BudgetCents,
    [Id(7)] long? HourlyMinCents,
    [Id(8)] long? HourlyMaxCents,
    [Id(9)] JobStatus Status,
    [Id(10)] JobVisibility Visibility,
    [Id(11)] DateTimeOffset PostedAt,
    [Id(12)] int ProposalCount);

/// <summary>One page of job summaries, newest first: <see cref="EndCursor"/> is the opaque <c>after</c> of the next page.</summary>
[GenerateSerializer]
public sealed record JobPage([Id(0)] IReadOnlyList<JobSummary> Items, [Id(1)] string? EndCursor, [Id(2)] bool HasNextPage);
