using Actors.Runtime;
using Marketplace.Jobs;

namespace Marketplace.Proposals;

/// <summary>
/// A freelancer's bid on a job. <see cref="ProposalId"/> is made by the caller, so a retried submit is safe.
/// On a fixed-price job give <see cref="AmountCents"/> (at least 500) and no rate; on an hourly job give
/// <see cref="HourlyRateCents"/> (at least 300) and no amount. The cover letter has 1..5,000 characters and there is
/// exactly one answer (1..5,000 characters) per screening question of the job, in the questions' order.
/// </summary>
[GenerateSerializer]
public sealed record ProposalDraft(
    [Id(0)] string ProposalId,
    [Id(1)] long? AmountCents,
    [Id(2)] long? HourlyRateCents,
    [Id(3)] string CoverLetter,
    [Id(4)] IReadOnlyList<string> Answers,
    [Id(5)] ProjectDuration EstimatedDuration);
