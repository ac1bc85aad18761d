using Actors.Runtime;
using Marketplace.Jobs;

namespace Marketplace.Proposals;

/// <summary>
/// Changes to a proposal; null leaves a field as it is, and at least one field must be given. The text
/// (<see cref="CoverLetter"/>, <see cref="Answers"/>) may change within 6 hours of submission and only until the client
/// has viewed the proposal; the terms (<see cref="AmountCents"/> or <see cref="HourlyRateCents"/>,
/// <see cref="EstimatedDuration"/>) until the proposal is decided. The same rules as <see cref="ProposalDraft"/> apply.
/// </summary>
[GenerateSerializer]
public sealed record ProposalRevision(
    [Id(0)] string? CoverLetter = null,
    [Id(1)] IReadOnlyList<string>? Answers = null,
    [Id(2)] long? AmountCents = null,
    [Id(3)] long? HourlyRateCents = null,
    [Id(4)] ProjectDuration? EstimatedDuration = null);
