using System.Globalization;
using System.Text;

namespace Marketplace.Silo.Configuration;

/// <summary>
/// The marketplace's own settings (sections <c>Marketplace</c>, <c>Auth</c>, <c>Demo</c>), checked before anything starts:
/// a wrong value stops the silo with <see cref="ConfigurationError"/> naming the key, like the storage and runtime settings.
/// </summary>
public sealed record MarketplaceSettings(bool SeedDemo, int PasswordIterations)
{
    public const string SeedDemoKey = "Demo:Seed";
    public const string PasswordIterationsKey = "Marketplace:PasswordIterations";
    public const string SigningKeyKey = "Auth:SigningKey";
    public const string TokenLifetimeKey = "Auth:TokenLifetime";

    /// <summary>The settings of <paramref name="configuration"/>; the demo data is seeded by default on memory storage only.</summary>
    public static MarketplaceSettings From(IConfiguration configuration, StorageProvider storage)
    {
        var seed = configuration[SeedDemoKey] is { } seedText
            ? bool.TryParse(seedText.Trim(), out var parsed) ? parsed : throw new ConfigurationError(SeedDemoKey, $"{SeedDemoKey} must be true or false; it is '{seedText}'.")
            : storage == StorageProvider.Memory;

        var iterations = 600_000;
        if (configuration[PasswordIterationsKey] is { } iterationsText
            && (!int.TryParse(iterationsText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1))
        {
            throw new ConfigurationError(PasswordIterationsKey, $"{PasswordIterationsKey} must be a whole number of at least 1; it is '{iterationsText}'.");
        }

        if (configuration[SigningKeyKey] is { Length: > 0 } signingKey && Encoding.UTF8.GetByteCount(signingKey) < 32)
        {
            throw new ConfigurationError(SigningKeyKey, $"{SigningKeyKey} must be at least 32 bytes long; it is {Encoding.UTF8.GetByteCount(signingKey)}.");
        }

        if (configuration[TokenLifetimeKey] is { } lifetimeText
            && (!TimeSpan.TryParse(lifetimeText.Trim(), CultureInfo.InvariantCulture, out var lifetime) || lifetime <= TimeSpan.Zero))
        {
            throw new ConfigurationError(TokenLifetimeKey, $"{TokenLifetimeKey} must be a positive time span (e.g. 12:00:00); it is '{lifetimeText}'.");
        }

        return new MarketplaceSettings(seed, iterations);
    }
}
