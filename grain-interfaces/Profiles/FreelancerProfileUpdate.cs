using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>
/// A change to a freelancer's profile: a null field stays as it is; an empty <see cref="Title"/>,
/// <see cref="Overview"/> or <see cref="Country"/> clears it, an empty <see cref="Skills"/> list removes every skill.
/// </summary>
[GenerateSerializer]
public sealed record FreelancerProfileUpdate(
    [Id(0)] string? DisplayName = null,
    [Id(1)] string? Title = null,
    [Id(2)] string? Overview = null,
    [Id(3)] IReadOnlyList<string>? Skills = null,
    [Id(4)] long? HourlyRateCents = null,
    [Id(5)] Availability? Availability = null,
    [Id(6)] string? Country = null);
