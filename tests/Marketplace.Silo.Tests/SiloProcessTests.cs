using System.Net;
using Npgsql;
using Testing.Postgres;

namespace Marketplace.Silo.Tests;

/// <summary>The silo as a real process: start, health, SIGTERM, bad configuration, the migrate command.</summary>
public sealed class SiloProcessTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Starts_with_no_setup_answers_health_and_stops_gracefully_on_SIGTERM()
    {
        await using var silo = await SiloProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        var live = await http.GetAsync("/health/live");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await ready.Content.ReadAsStringAsync());
        Assert.Contains("Storage: Memory", silo.Output);

        Assert.Equal(0, await silo.TerminateAsync());
        Assert.Contains("Application is shutting down", silo.Output);
    }

    [Fact]
    public async Task On_Postgres_migrates_at_startup_and_reports_storage_in_readiness()
    {
        var connectionString = await database.CreateAnotherAsync();
        await using var silo = await SiloProcess.StartAsync("--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={connectionString}");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        var ready = await (await http.GetAsync("/health/ready")).Content.ReadAsStringAsync();

        Assert.Contains("\"storage\":{\"status\":\"Healthy\"", ready);
        Assert.Contains("Storage: Postgres (Host=127.0.0.1", silo.Output);
        Assert.DoesNotContain("Password", silo.Output, StringComparison.OrdinalIgnoreCase);
        Assert.True(await CountVersionsAsync(connectionString) > 0);
    }

    [Theory]
    [InlineData("--Storage:Provider=Mongo", "Storage:Provider has the value 'Mongo'; accepted values: Memory, Postgres.")]
    [InlineData("--Storage:Provider=Postgres", "ConnectionStrings:Postgres is required when Storage:Provider is Postgres")]
    [InlineData("--ConnectionStrings:Postgres=Hots=x", "ConnectionStrings:Postgres is not a valid PostgreSQL connection string")]
    [InlineData("--Runtime:RequestTimeout=-00:00:01", "Runtime:RequestTimeout must be a positive time span (e.g. 00:00:30); it is '-00:00:01'.")]
    [InlineData("--Runtime:RequestTimeout=soon", "Runtime has a value that cannot be read")]
    [InlineData("--Runtime:RequestTimout=00:00:05", "Runtime has a value that cannot be read")]
    public async Task A_bad_configuration_value_stops_startup_with_one_line_naming_the_key(string argument, string expected)
    {
        var result = await SiloProcess.RunToEndAsync(argument);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public async Task Migrate_from_two_processes_at_once_applies_each_migration_once()
    {
        var connectionString = await database.CreateAnotherAsync();
        var argument = $"--ConnectionStrings:Postgres={connectionString}";

        var results = await Task.WhenAll(
            SiloProcess.RunToEndAsync("migrate", argument),
            SiloProcess.RunToEndAsync("migrate", argument));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        Assert.Equal(Postgres.DatabaseSchema.Migrations.Count, await CountVersionsAsync(connectionString));
        Assert.Single(results, r => r.Output.Contains("Applied migration runtime 0001_grain_state_and_reminders"));

        var again = await SiloProcess.RunToEndAsync("migrate", argument);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Database schema is up to date", again.Output);
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_server_fails_with_the_reason()
    {
        var result = await SiloProcess.RunToEndAsync("migrate", "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Timeout=2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Migration failed", result.Output);
    }

    private static async Task<long> CountVersionsAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM schema_version");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
