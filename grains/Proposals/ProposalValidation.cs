using Marketplace.Grains.Jobs;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Grains.Proposals;

/// <summary>Checks proposals and revisions against their job: the terms match the job's type and minimums, one answer per screening question.</summary>
public static class ProposalValidation
{
    public static ProposalDraft Validate(ProposalDraft? draft, JobDraft job)
    {
        if (draft is null)
        {
            throw DomainException.InvalidInput("draft", "The proposal is required.");
        }

        if (string.IsNullOrWhiteSpace(draft.ProposalId) || draft.ProposalId.Length > 100)
        {
            throw DomainException.InvalidInput("proposalId", "A proposal id of 1 to 100 characters is required.");
        }

        Terms(draft.AmountCents, draft.HourlyRateCents, job, required: true);
        var coverLetter = JobDraftValidation.Text(draft.CoverLetter, "coverLetter", 1, 5_000);
        var answers = Answers(draft.Answers, job);
        Duration(draft.EstimatedDuration);
        return draft with { CoverLetter = coverLetter, Answers = answers };
    }

    /// <summary>Checks the given fields of a revision; at least one must be given.</summary>
    public static ProposalRevision Validate(ProposalRevision? revision, JobDraft job)
    {
        if (revision is null || revision == new ProposalRevision())
        {
            throw DomainException.InvalidInput("revision", "A revision changes at least one field.");
        }

        Terms(revision.AmountCents, revision.HourlyRateCents, job, required: false);
        var coverLetter = revision.CoverLetter is null ? null : JobDraftValidation.Text(revision.CoverLetter, "coverLetter", 1, 5_000);
        var answers = revision.Answers is null ? null : Answers(revision.Answers, job);
        if (revision.EstimatedDuration is { } duration)
        {
            Duration(duration);
        }

        return revision with { CoverLetter = coverLetter, Answers = answers };
    }

    /// <summary>Whether two validated drafts say the same.</summary>
    public static bool Same(ProposalDraft a, ProposalDraft b) =>
        a with { Answers = [] } == b with { Answers = [] } && a.Answers.SequenceEqual(b.Answers, StringComparer.Ordinal);

    private static void Terms(long? amountCents, long? hourlyRateCents, JobDraft job, bool required)
    {
        if (job.Type == JobType.Fixed)
        {
            if (hourlyRateCents is not null)
            {
                throw DomainException.InvalidInput("hourlyRateCents", "A fixed-price job takes an amount, not an hourly rate.");
            }

            if ((required || amountCents is not null) && (amountCents is not { } amount || amount < JobRules.MinimumFixedCents))
            {
                throw DomainException.InvalidInput("amountCents", $"A fixed-price bid is at least {JobRules.MinimumFixedCents} cents ($5).");
            }
        }
        else
        {
            if (amountCents is not null)
            {
                throw DomainException.InvalidInput("amountCents", "An hourly job takes an hourly rate, not an amount.");
            }

            if ((required || hourlyRateCents is not null) && (hourlyRateCents is not { } rate || rate < JobRules.MinimumHourlyCents))
            {
                throw DomainException.InvalidInput("hourlyRateCents", $"An hourly bid is at least {JobRules.MinimumHourlyCents} cents ($3/h).");
            }
        }
    }

    private static List<string> Answers(IReadOnlyList<string>? answers, JobDraft job)
    {
        var count = job.ScreeningQuestions.Count;
        if ((answers?.Count ?? 0) != count)
        {
            throw DomainException.InvalidInput("answers", $"The job asks {count} screening question(s): give exactly one answer to each.");
        }

        return JobDraftValidation.List(answers, "answers", count, count, 1, 5_000);
    }

    private static void Duration(ProjectDuration duration)
    {
        if (!Enum.IsDefined(duration))
        {
            throw DomainException.InvalidInput("estimatedDuration", $"{duration} is not a duration.");
        }
    }
}
