using Marketplace.Silo.Configuration;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Silo.Tests;

public sealed class MarketplaceSettingsTests
{
    [Fact]
    public void Demo_data_is_seeded_by_default_on_memory_only_and_iterations_default_to_owasps_advice()
    {
        var memory = MarketplaceSettings.From(Configure(), StorageProvider.Memory);
        var postgres = MarketplaceSettings.From(Configure(), StorageProvider.Postgres);
        var asked = MarketplaceSettings.From(Configure(("Demo:Seed", "true")), StorageProvider.Postgres);

        Assert.Equal(new MarketplaceSettings(true, 600_000), memory);
        Assert.False(postgres.SeedDemo);
        Assert.True(asked.SeedDemo);
    }

    [Theory]
    [InlineData("Demo:Seed", "yes")]
    [InlineData("Marketplace:PasswordIterations", "0")]
    [InlineData("Marketplace:PasswordIterations", "many")]
    [InlineData("Auth:SigningKey", "too-short")]
    [InlineData("Auth:TokenLifetime", "-01:00:00")]
    [InlineData("Auth:TokenLifetime", "soon")]
    public void A_wrong_value_is_refused_by_its_key(string key, string value)
    {
        var error = Assert.Throws<ConfigurationError>(() => MarketplaceSettings.From(Configure((key, value)), StorageProvider.Memory));

        Assert.Equal(key, error.Key);
        Assert.StartsWith(key, error.Message);
    }

    private static IConfiguration Configure(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();
}
