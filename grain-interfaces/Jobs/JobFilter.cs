using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// A job search: <see cref="Text"/> found in the title or description (case-insensitive), any of <see cref="Skills"/>
/// (case-insensitive), the payment type, and a size range compared with the fixed budget or the top of the hourly range.
/// Null (or empty) criteria match everything.
/// </summary>
[GenerateSerializer]
public sealed record JobFilter(
    [Id(0)] string? Text = null,
    [Id(1)] IReadOnlyList<string>? Skills = null,
    [Id(2)] JobType? Type = null,
    [Id(3)] long? MinBudgetCents = null,
    [Id(4)] long? MaxBudgetCents = null);
