using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>
/// A freelancer's public profile: name, headline, overview, up to 15 skills, hourly rate in cents (null until
/// set), availability (null until set), country (ISO 3166-1 alpha-2) and when it last changed.
/// </summary>
[GenerateSerializer]
public sealed record FreelancerProfileView(
    [Id(0)] string UserId,
    [Id(1)] string DisplayName,
    [Id(2)] string Title,
    [Id(3)] string Overview,
    [Id(4)] IReadOnlyList<string> Skills,
    [Id(5)] long? HourlyRateCents,
    [Id(6)] Availability? Availability,
    [Id(7)] string? Country,
    [Id(8)] DateTimeOffset UpdatedAt);
