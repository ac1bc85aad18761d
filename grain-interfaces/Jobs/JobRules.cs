namespace Marketplace.Jobs;

/// <summary>The marketplace's fixed rules for job posts and proposals (Upwork's, see the reference's §1.1-1.2).</summary>
public static class JobRules
{
    /// <summary>A job post stays open this long after posting, then expires.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);

    /// <summary>A proposal's text is editable this long after submission (and only until the client viewed it).</summary>
    public static readonly TimeSpan ProposalTextEditableFor = TimeSpan.FromHours(6);

    /// <summary>The least fixed price: $5.</summary>
    public const long MinimumFixedCents = 500;

    /// <summary>The least hourly rate: $3/h.</summary>
    public const long MinimumHourlyCents = 300;

    /// <summary>
    /// The Connects a proposal on a job costs, from its size: the fixed budget, or the top of the hourly range.
    /// Under $50 → 2; under $500 → 4; under $5,000 → 8; else 16 (Upwork's 2023 doubled rate card 2/4/8/16 as steps).
    /// </summary>
    public static int ConnectsCost(JobDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var size = (draft.Type == JobType.Fixed ? draft.BudgetCents : draft.HourlyMaxCents) ?? 0;
        return size switch
        {
            < 5_000 => 2,
            < 50_000 => 4,
            < 500_000 => 8,
            _ => 16,
        };
    }
}
