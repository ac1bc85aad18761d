using Marketplace.Silo.Configuration;
using Microsoft.Extensions.Configuration;

namespace Marketplace.Silo.Tests;

public sealed class ClusterSettingsTests
{
    [Fact]
    public void A_silo_runs_on_its_own_unless_the_cluster_is_enabled()
    {
        var settings = ClusterSettings.From(Configure(), StorageProvider.Memory);

        Assert.False(settings.Enabled);
        Assert.Equal(11111, settings.Options.SiloPort);
    }

    [Fact]
    public void The_cluster_section_binds_onto_the_cluster_options()
    {
        var settings = ClusterSettings.From(Configure(
            ("Cluster:Enabled", "true"), ("Cluster:ClusterId", "market"), ("Cluster:SiloPort", "11112"),
            ("Cluster:GatewayPort", "-1"), ("Cluster:ProbePeriod", "00:00:02")), StorageProvider.Postgres);

        Assert.True(settings.Enabled);
        Assert.Equal(("market", 11112, -1, TimeSpan.FromSeconds(2)),
            (settings.Options.ClusterId, settings.Options.SiloPort, settings.Options.GatewayPort, settings.Options.ProbePeriod));
    }

    [Fact]
    public void A_cluster_on_memory_storage_is_refused_naming_the_key()
    {
        var error = Assert.Throws<ConfigurationError>(() => ClusterSettings.From(Configure(("Cluster:Enabled", "true")), StorageProvider.Memory));

        Assert.Equal("Cluster:Enabled", error.Key);
        Assert.Contains("needs Storage:Provider=Postgres", error.Message);
    }

    [Theory]
    [InlineData("Cluster:Enabled", "yes", "Cluster:Enabled", "accepted values: true, false")]
    [InlineData("Cluster:SiloPort", "70000", "Cluster:SiloPort", "must be a port (1-65535)")]
    [InlineData("Cluster:ProbeTimeout", "-00:00:01", "Cluster:ProbeTimeout", "must be a positive time span")]
    [InlineData("Cluster:VotesForDeath", "0", "Cluster:VotesForDeath", "must be 1 or more")]
    [InlineData("Cluster:ProbPeriod", "00:00:01", "Cluster:ProbPeriod", "is not a cluster setting")]
    public void A_bad_cluster_value_is_refused_naming_its_key(string key, string value, string expectedKey, string expected)
    {
        var error = Assert.Throws<ConfigurationError>(() => ClusterSettings.From(Configure((key, value)), StorageProvider.Postgres));

        Assert.Equal(expectedKey, error.Key);
        Assert.Contains(expected, error.Message);
    }

    private static IConfiguration Configure(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
