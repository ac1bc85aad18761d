using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// What a client writes when posting or editing a job. Rules (each violation is <see cref="ErrorCodes.InvalidInput"/>
/// naming the field): title 5..120 characters, description 20..10,000; a fixed-price job has
/// <see cref="BudgetCents"/> of at least 500 ($5) and no hourly range; an hourly job has
/// <see cref="HourlyMinCents"/> and <see cref="HourlyMaxCents"/> of at least 300 ($3/h), min &lt;= max, and no budget;
/// 1..15 distinct skills of 1..50 characters; 0..5 screening questions of 1..500 characters.
/// Text is trimmed before it is measured and stored.
/// </summary>
[GenerateSerializer]
public sealed record JobDraft(
    [Id(0)] string Title,
    [Id(1)] string Description,
    [Id(2)] JobType Type,
    [Id(3)] long? BudgetCents,
    [Id(4)] long? HourlyMinCents,
    [Id(5)] long? HourlyMaxCents,
    [Id(6)] IReadOnlyList<string> Skills,
    [Id(7)] ExperienceLevel ExperienceLevel,
    [Id(8)] ProjectDuration Duration,
    [Id(9)] JobVisibility Visibility,
    [Id(10)] IReadOnlyList<string> ScreeningQuestions);
