using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>Checks a <see cref="JobDraft"/> against the rules it documents and returns it trimmed; the first violation throws INVALID_INPUT naming the field.</summary>
public static class JobDraftValidation
{
    public static JobDraft Validate(JobDraft? draft)
    {
        if (draft is null)
        {
            throw DomainException.InvalidInput("draft", "The job post is required.");
        }

        var title = Text(draft.Title, "title", 5, 120);
        var description = Text(draft.Description, "description", 20, 10_000);
        Defined(draft.Type, "type");
        if (draft.Type == JobType.Fixed)
        {
            if (draft.BudgetCents is not { } budget || budget < JobRules.MinimumFixedCents)
            {
                throw DomainException.InvalidInput("budgetCents", $"A fixed-price job needs a budget of at least {JobRules.MinimumFixedCents} cents ($5).");
            }

            Absent(draft.HourlyMinCents, "hourlyMinCents", "A fixed-price job has no hourly range.");
            Absent(draft.HourlyMaxCents, "hourlyMaxCents", "A fixed-price job has no hourly range.");
        }
        else
        {
            if (draft.HourlyMinCents is not { } min || min < JobRules.MinimumHourlyCents)
            {
                throw DomainException.InvalidInput("hourlyMinCents", $"An hourly job's rate starts at {JobRules.MinimumHourlyCents} cents ($3/h) or more.");
            }

            if (draft.HourlyMaxCents is not { } max || max < JobRules.MinimumHourlyCents)
            {
                throw DomainException.InvalidInput("hourlyMaxCents", $"An hourly job's top rate is {JobRules.MinimumHourlyCents} cents ($3/h) or more.");
            }

            if (min > max)
            {
                throw DomainException.InvalidInput("hourlyMaxCents", "The top hourly rate is below the lowest.");
            }

            Absent(draft.BudgetCents, "budgetCents", "An hourly job has no fixed budget.");
        }

        var skills = List(draft.Skills, "skills", 1, 15, 1, 50);
        if (skills.Distinct(StringComparer.OrdinalIgnoreCase).Count() != skills.Count)
        {
            throw DomainException.InvalidInput("skills", "A skill is listed twice.");
        }

        Defined(draft.ExperienceLevel, "experienceLevel");
        Defined(draft.Duration, "duration");
        Defined(draft.Visibility, "visibility");
        var questions = List(draft.ScreeningQuestions, "screeningQuestions", 0, 5, 1, 500);
        return draft with { Title = title, Description = description, Skills = skills, ScreeningQuestions = questions };
    }

    /// <summary>Whether two validated drafts say the same (records compare lists by reference, so lists are compared here).</summary>
    public static bool Same(JobDraft a, JobDraft b) =>
        a with { Skills = [], ScreeningQuestions = [] } == b with { Skills = [], ScreeningQuestions = [] }
        && a.Skills.SequenceEqual(b.Skills, StringComparer.Ordinal)
        && a.ScreeningQuestions.SequenceEqual(b.ScreeningQuestions, StringComparer.Ordinal);

    /// <summary>A required text, trimmed, of <paramref name="min"/>..<paramref name="max"/> characters.</summary>
    public static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length < min || trimmed.Length > max)
        {
            throw DomainException.InvalidInput(field, $"{field} must have {min} to {max} characters.");
        }

        return trimmed;
    }

    /// <summary>A list of <paramref name="minCount"/>..<paramref name="maxCount"/> texts of <paramref name="minLength"/>..<paramref name="maxLength"/> characters each, trimmed.</summary>
    public static List<string> List(IReadOnlyList<string>? values, string field, int minCount, int maxCount, int minLength, int maxLength)
    {
        values ??= [];
        if (values.Count < minCount || values.Count > maxCount)
        {
            throw DomainException.InvalidInput(field, $"{field} must have {minCount} to {maxCount} entries.");
        }

        var trimmed = new List<string>(values.Count);
        foreach (var value in values)
        {
            var text = value?.Trim() ?? "";
            if (text.Length < minLength || text.Length > maxLength)
            {
                throw DomainException.InvalidInput(field, $"Each of {field} must have {minLength} to {maxLength} characters.");
            }

            trimmed.Add(text);
        }

        return trimmed;
    }

    private static void Defined<T>(T value, string field) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw DomainException.InvalidInput(field, $"{value} is not a {typeof(T).Name}.");
        }
    }

    private static void Absent(long? value, string field, string message)
    {
        if (value is not null)
        {
            throw DomainException.InvalidInput(field, message);
        }
    }
}
