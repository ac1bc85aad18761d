namespace Marketplace.Profiles;

/// <summary>How much a freelancer can take on, as shown on their profile (Upwork's "hours per week").</summary>
public enum Availability
{
    /// <summary>More than 30 hours a week.</summary>
    FullTime,

    /// <summary>Less than 30 hours a week.</summary>
    PartTime,

    /// <summary>Not taking new work.</summary>
    NotAvailable,
}
