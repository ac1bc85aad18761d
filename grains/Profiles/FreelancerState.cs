using Marketplace.Profiles;

namespace Marketplace.Grains.Profiles;

/// <summary>What a freelancer's profile stores.</summary>
public sealed record FreelancerState
{
    public string DisplayName { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Overview { get; init; } = string.Empty;

    public List<string> Skills { get; init; } = [];

    public long? HourlyRateCents { get; init; }

    public Availability? Availability { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
