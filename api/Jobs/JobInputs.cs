using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>The input of postJob (and the post of editJob).</summary>
public sealed record PostJobInput(
    string Title, string Description, JobType Type, decimal? Budget, decimal? HourlyRateMin, decimal? HourlyRateMax,
    IReadOnlyList<string> Skills, ExperienceLevel ExperienceLevel, ProjectDuration Duration, JobVisibility Visibility,
    IReadOnlyList<string>? ScreeningQuestions)
{
    public JobDraft ToDraft() => new(
        Title, Description, Type, Money.ToCents(Budget, "budget"), Money.ToCents(HourlyRateMin, "hourlyRateMin"), Money.ToCents(HourlyRateMax, "hourlyRateMax"),
        Skills, ExperienceLevel, Duration, Visibility, ScreeningQuestions ?? []);
}

/// <summary>The input of editJob.</summary>
public sealed record EditJobInput(string JobId, PostJobInput Post);

/// <summary>The input of closeJob.</summary>
public sealed record JobActionInput(string JobId);

/// <summary>The input of inviteFreelancer.</summary>
public sealed record InviteFreelancerInput(string JobId, string FreelancerId);

/// <summary>The input of submitProposal.</summary>
public sealed record SubmitProposalInput(
    string JobId, decimal? Amount, decimal? HourlyRate, string CoverLetter, IReadOnlyList<string>? Answers, ProjectDuration EstimatedDuration)
{
    public ProposalDraft ToDraft(string proposalId) => new(
        proposalId, Money.ToCents(Amount, "amount"), Money.ToCents(HourlyRate, "hourlyRate"), CoverLetter, Answers ?? [], EstimatedDuration);
}

/// <summary>The input of reviseProposal; null fields stay as they are.</summary>
public sealed record ReviseProposalInput(
    string ProposalId, string? CoverLetter, IReadOnlyList<string>? Answers, decimal? Amount, decimal? HourlyRate, ProjectDuration? EstimatedDuration)
{
    public ProposalRevision ToRevision() => new(CoverLetter, Answers, Money.ToCents(Amount, "amount"), Money.ToCents(HourlyRate, "hourlyRate"), EstimatedDuration);
}

/// <summary>The input of the proposal actions (withdraw, shortlist, archive, decline).</summary>
public sealed record ProposalActionInput(string ProposalId);

/// <summary>The input filter of jobs(filter:).</summary>
public sealed record JobFilterInput(string? Text, IReadOnlyList<string>? Skills, JobType? Type, decimal? MinBudget, decimal? MaxBudget)
{
    public JobFilter ToFilter() => new(Text, Skills, Type, Money.ToCents(MinBudget, "minBudget"), Money.ToCents(MaxBudget, "maxBudget"));
}
