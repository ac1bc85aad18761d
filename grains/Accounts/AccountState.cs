namespace Marketplace.Grains.Accounts;

/// <summary>What an account stores: who it is, its role and name, and the hash of its password (never the password).</summary>
public sealed record AccountState
{
    public string UserId { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public Role Role { get; init; }

    public string DisplayName { get; init; } = string.Empty;

    /// <summary>A <see cref="PasswordHash"/> string.</summary>
    public string PasswordHash { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }
}
