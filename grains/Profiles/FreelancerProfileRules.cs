using Marketplace.Profiles;

namespace Marketplace.Grains.Profiles;

/// <summary>
/// What a freelancer's profile may hold, and how an update applies: title up to 100 characters, overview up to
/// 5,000, up to 15 skills of 1..50 characters unique regardless of case (kept as written), an hourly rate from
/// Upwork's $3/h minimum to $100,000/h, an availability, a country.
/// </summary>
public static class FreelancerProfileRules
{
    public const int MaxTitleLength = 100;
    public const int MaxOverviewLength = 5_000;
    public const int MaxSkills = 15;
    public const int MaxSkillLength = 50;
    public const long MinHourlyRateCents = 300;
    public const long MaxHourlyRateCents = 10_000_000;

    /// <summary>The profile after <paramref name="update"/>; refused (naming the field) when any given field breaks a rule.</summary>
    public static FreelancerState Apply(FreelancerState current, FreelancerProfileUpdate update, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        return current with
        {
            DisplayName = update.DisplayName is null ? current.DisplayName : ProfileText.DisplayName(update.DisplayName),
            Title = update.Title is null ? current.Title : ProfileText.Bounded("title", update.Title, MaxTitleLength),
            Overview = update.Overview is null ? current.Overview : ProfileText.Bounded("overview", update.Overview, MaxOverviewLength),
            Skills = update.Skills is null ? current.Skills : Skills(update.Skills),
            HourlyRateCents = update.HourlyRateCents is { } rate ? HourlyRate(rate) : current.HourlyRateCents,
            Availability = update.Availability is { } availability ? Defined(availability) : current.Availability,
            Country = update.Country is null ? current.Country : ProfileText.Country(update.Country),
            UpdatedAt = now,
        };
    }

    /// <summary>Whether two profiles hold the same values (when they were updated aside).</summary>
    public static bool SameProfile(FreelancerState a, FreelancerState b) =>
        a with { Skills = b.Skills, UpdatedAt = b.UpdatedAt } == b && a.Skills.SequenceEqual(b.Skills, StringComparer.Ordinal);

    private static List<string> Skills(IReadOnlyList<string> skills)
    {
        if (skills.Count > MaxSkills)
        {
            throw DomainException.InvalidInput("skills", $"A profile lists at most {MaxSkills} skills.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(skills.Count);
        foreach (var skill in skills)
        {
            var trimmed = skill?.Trim() ?? string.Empty;
            if (trimmed.Length is 0 or > MaxSkillLength)
            {
                throw DomainException.InvalidInput("skills", $"A skill has 1 to {MaxSkillLength} characters.");
            }

            if (!seen.Add(trimmed))
            {
                throw DomainException.InvalidInput("skills", $"The skill \"{trimmed}\" is listed twice.");
            }

            result.Add(trimmed);
        }

        return result;
    }

    private static long HourlyRate(long cents) =>
        cents is < MinHourlyRateCents or > MaxHourlyRateCents
            ? throw DomainException.InvalidInput("hourlyRateCents", "An hourly rate is from $3.00 to $100,000.00.")
            : cents;

    private static Availability Defined(Availability availability) =>
        Enum.IsDefined(availability)
            ? availability
            : throw DomainException.InvalidInput("availability", "Availability is FullTime, PartTime or NotAvailable.");
}
