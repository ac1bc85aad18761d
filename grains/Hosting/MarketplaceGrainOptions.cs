namespace Marketplace.Grains.Hosting;

/// <summary>Settings of the marketplace's grains (configuration section <c>Marketplace</c>).</summary>
public sealed class MarketplaceGrainOptions
{
    /// <summary>PBKDF2-SHA256 iterations for new password hashes (OWASP's 2023 advice: 600,000).</summary>
    public int PasswordIterations { get; set; } = 600_000;
}
