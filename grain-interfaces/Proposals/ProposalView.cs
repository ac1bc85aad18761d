using Actors.Runtime;
using Marketplace.Jobs;

namespace Marketplace.Proposals;

/// <summary>
/// A proposal as its freelancer and the job's client see it. <see cref="ConnectsSpent"/> is 0 for an invited
/// freelancer; <see cref="ViewedAt"/> is when the client first saw it; <see cref="TextEditableUntil"/> is when its text
/// stops being editable (6 hours after submission, or the moment the client viewed it, whichever is first).
/// </summary>
[GenerateSerializer]
public sealed record ProposalView(
    [Id(0)] string ProposalId,
    [Id(1)] string JobId,
    [Id(2)] string FreelancerId,
    [Id(3)] ProposalStatus Status,
    [Id(4)] long? AmountCents,
    [Id(5)] long? HourlyRateCents,
    [Id(6)] string CoverLetter,
    [Id(7)] IReadOnlyList<string> Answers,
    [Id(8)] ProjectDuration EstimatedDuration,
    [Id(9)] bool Invited,
    [Id(10)] int ConnectsSpent,
    [Id(11)] DateTimeOffset SubmittedAt,
    [Id(12)] DateTimeOffset? RevisedAt,
    [Id(13)] DateTimeOffset? ViewedAt,
    [Id(14)] DateTimeOffset TextEditableUntil,
    [Id(15)] string? ContractId);
