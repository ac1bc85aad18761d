using Marketplace.Contracts;

namespace Marketplace.Grains.Contracts;

/// <summary>The marketplace's rules for an offer: Upwork's minimums ($5.00 fixed milestones, $3.00/h) and sizes of every field.</summary>
public static class OfferRules
{
    public const int MaxIdLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxMilestones = 20;
    public const long MinMilestoneCents = 500;
    public const long MaxMilestoneCents = 100_000_000;
    public const long MinHourlyRateCents = 300;
    public const long MaxHourlyRateCents = 100_000;
    public const int MaxWeeklyLimitHours = 80;
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromDays(30);

    /// <summary>Throws INVALID_INPUT naming the first field at fault.</summary>
    public static void Validate(string contractId, string clientId, OfferDraft? draft)
    {
        RequireId("contractId", contractId);
        RequireId("clientId", clientId);
        if (draft is null)
        {
            throw DomainException.InvalidInput("draft", "An offer is required.");
        }

        RequireId("jobId", draft.JobId);
        RequireId("proposalId", draft.ProposalId);
        RequireId("freelancerId", draft.FreelancerId);
        if (draft.FreelancerId == clientId)
        {
            throw DomainException.InvalidInput("freelancerId", "A client cannot make an offer to themselves.");
        }

        RequireText("title", draft.Title, MaxTitleLength);
        if (draft.Description is null || draft.Description.Length > MaxDescriptionLength)
        {
            throw DomainException.InvalidInput("description", $"A description has at most {MaxDescriptionLength} characters.");
        }

        switch (draft.Kind)
        {
            case ContractKind.Fixed:
                ValidateFixed(draft);
                break;
            case ContractKind.Hourly:
                ValidateHourly(draft);
                break;
            default:
                throw DomainException.InvalidInput("kind", "An offer is fixed-price or hourly.");
        }
    }

    /// <summary>Whether a repeated offer is the one made before (the api retried), field by field.</summary>
    public static bool IsSameOffer(ContractState made, string clientId, OfferDraft draft) =>
        made.ClientId == clientId && made.JobId == draft.JobId && made.ProposalId == draft.ProposalId && made.FreelancerId == draft.FreelancerId
        && made.Title == draft.Title && made.Description == draft.Description && made.Kind == draft.Kind
        && made.HourlyRateCents == draft.HourlyRateCents && made.WeeklyLimitHours == draft.WeeklyLimitHours
        && made.Milestones.Select(m => new MilestoneDraft(m.Title, m.AmountCents, m.DueDate)).SequenceEqual(draft.Milestones ?? []);

    private static void ValidateFixed(OfferDraft draft)
    {
        if (draft.HourlyRateCents is not null || draft.WeeklyLimitHours is not null)
        {
            throw DomainException.InvalidInput("hourlyRateCents", "A fixed-price offer has no hourly rate or weekly limit.");
        }

        if (draft.Milestones is null || draft.Milestones.Count is < 1 or > MaxMilestones)
        {
            throw DomainException.InvalidInput("milestones", $"A fixed-price offer has 1 to {MaxMilestones} milestones.");
        }

        foreach (var milestone in draft.Milestones)
        {
            if (milestone is null)
            {
                throw DomainException.InvalidInput("milestones", "A milestone is required.");
            }

            RequireText("milestones.title", milestone.Title, MaxTitleLength);
            if (milestone.AmountCents is < MinMilestoneCents or > MaxMilestoneCents)
            {
                throw DomainException.InvalidInput("milestones.amountCents",
                    $"A milestone is between {MinMilestoneCents} and {MaxMilestoneCents} cents (the fixed-price minimum is $5.00).");
            }
        }
    }

    private static void ValidateHourly(OfferDraft draft)
    {
        if (draft.Milestones is { Count: > 0 })
        {
            throw DomainException.InvalidInput("milestones", "An hourly offer has no milestones.");
        }

        if (draft.HourlyRateCents is not { } rate || rate is < MinHourlyRateCents or > MaxHourlyRateCents)
        {
            throw DomainException.InvalidInput("hourlyRateCents",
                $"An hourly rate is between {MinHourlyRateCents} and {MaxHourlyRateCents} cents an hour (the minimum is $3.00/h).");
        }

        if (draft.WeeklyLimitHours is not { } hours || hours is < 1 or > MaxWeeklyLimitHours)
        {
            throw DomainException.InvalidInput("weeklyLimitHours", $"A weekly limit is 1 to {MaxWeeklyLimitHours} hours.");
        }
    }

    public static void RequireId(string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            throw DomainException.InvalidInput(field, $"{field} has 1 to {MaxIdLength} characters.");
        }
    }

    public static void RequireText(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            throw DomainException.InvalidInput(field, $"{field} has 1 to {maxLength} characters.");
        }
    }
}
