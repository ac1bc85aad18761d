namespace Marketplace.Jobs;

/// <summary>The experience a client asks for on a job post.</summary>
public enum ExperienceLevel
{
    Entry,
    Intermediate,
    Expert,
}
