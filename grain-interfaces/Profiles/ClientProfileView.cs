using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A client's profile: name, company, country, and whether a payment method is verified (Upwork shows it on every job post).</summary>
[GenerateSerializer]
public sealed record ClientProfileView(
    [Id(0)] string UserId,
    [Id(1)] string DisplayName,
    [Id(2)] string CompanyName,
    [Id(3)] string? Country,
    [Id(4)] bool PaymentMethodVerified,
    [Id(5)] DateTimeOffset? VerifiedAt,
    [Id(6)] DateTimeOffset UpdatedAt);
