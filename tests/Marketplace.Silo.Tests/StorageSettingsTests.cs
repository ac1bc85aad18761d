using Marketplace.Silo.Configuration;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Silo.Tests;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Memory_is_the_default_when_nothing_is_configured()
    {
        var settings = StorageSettings.From(Configure());

        Assert.Equal(StorageProvider.Memory, settings.Provider);
        Assert.Null(settings.PostgresConnectionString);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("POSTGRES")]
    [InlineData(" Postgres ")]
    public void Provider_names_are_read_without_regard_to_case(string value)
    {
        var settings = StorageSettings.From(Configure(("Storage:Provider", value), ("ConnectionStrings:Postgres", "Host=db")));

        Assert.Equal(StorageProvider.Postgres, settings.Provider);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Sql")]
    public void Other_provider_values_are_rejected_by_name(string value)
    {
        var error = Assert.Throws<ConfigurationError>(() => StorageSettings.From(Configure(("Storage:Provider", value))));

        Assert.Equal("Storage:Provider", error.Key);
        Assert.Equal($"Storage:Provider has the value '{value}'; accepted values: Memory, Postgres.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Port=5432")]
    public void Postgres_without_a_usable_connection_string_is_rejected(string? connectionString)
    {
        var error = Assert.Throws<ConfigurationError>(() => StorageSettings.From(
            Configure(("Storage:Provider", "Postgres"), ("ConnectionStrings:Postgres", connectionString))));

        Assert.Equal("ConnectionStrings:Postgres", error.Key);
    }

    [Fact]
    public void The_description_names_host_and_database_but_never_the_password()
    {
        var settings = StorageSettings.From(Configure(
            ("Storage:Provider", "Postgres"),
            ("ConnectionStrings:Postgres", "Host=db.internal;Database=marketplace;Username=silo;Password=hunter2")));

        Assert.Equal("Postgres (Host=db.internal;Port=5432;Database=marketplace)", settings.Describe());
    }

    private static IConfiguration Configure(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
