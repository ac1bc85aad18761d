namespace Marketplace.Grains.Profiles;

/// <summary>What a client's profile stores (never a card token).</summary>
public sealed record ClientState
{
    public string DisplayName { get; init; } = string.Empty;

    public string CompanyName { get; init; } = string.Empty;

    public string? Country { get; init; }

    public bool PaymentMethodVerified { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
