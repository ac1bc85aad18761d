using Actors.Runtime.Postgres;
using Actors.Runtime.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Grains;

/// <summary>Starts the test silo on PostgreSQL storage, in a fresh database of <see cref="PostgresDatabase"/>'s server.</summary>
public static class PostgresCluster
{
    public static async Task<TestCluster> StartAsync(PostgresDatabase database, Action<TestClusterOptions>? configure = null) =>
        await StartAsync(await CreateDatabaseAsync(database), configure);

    /// <summary>A silo on the database of <paramref name="connectionString"/>, which other silos may share.</summary>
    public static Task<TestCluster> StartAsync(string connectionString, Action<TestClusterOptions>? configure = null) =>
        MemoryClusterFixture.StartAsync(options =>
        {
            options.ConfigureStorage = actors => actors.UsePostgresStorage(connectionString);
            configure?.Invoke(options);
        });

    /// <summary>A fresh database on <paramref name="database"/>'s server with the runtime's schema; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(PostgresDatabase database)
    {
        var connectionString = await database.CreateAnotherAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).ApplyAsync(RuntimeSchema.Migrations);
        }

        return connectionString;
    }
}
