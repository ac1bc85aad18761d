using Testing.Postgres;

namespace Marketplace.Cluster.Tests;

/// <summary>The gateway program refuses a missing or bad database setting with one line naming the key, and exit code 2.</summary>
public sealed class GatewayConfigurationTests
{
    [Theory]
    [InlineData(new string[0], "ConnectionStrings:Postgres is required")]
    [InlineData(new[] { "--ConnectionStrings:Postgres=Hots=x" }, "ConnectionStrings:Postgres is not a valid PostgreSQL connection string")]
    public async Task A_bad_database_setting_stops_the_gateway_with_one_line_naming_the_key(string[] args, string expected)
    {
        var result = await ExternalCommand.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Marketplace.Api.dll"), .. args], TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
    }
}
