using Actors.Runtime.Postgres;
using Actors.Runtime.Testing;
using Marketplace.Grains.Hosting;
using Marketplace.Grains.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests;

/// <summary>A silo with every marketplace grain, on memory or on a fresh PostgreSQL database, with a clock the test moves.</summary>
public static class MarketplaceCluster
{
    /// <summary>A silo on memory storage.</summary>
    public static Task<TestCluster> StartAsync(ManualTimeProvider clock, Action<TestClusterOptions>? configure = null) =>
        TestCluster.StartAsync(options =>
        {
            options.Assemblies.Add(typeof(TransitionTable<,>).Assembly);
            options.Assemblies.Add(typeof(DomainException).Assembly);
            options.Time = clock;
            // Few hash iterations: the tests sign up many accounts; the hashing itself is the same code.
            options.ConfigureServices = services => services.AddMarketplaceGrains(grains => grains.PasswordIterations = 1_000);
            configure?.Invoke(options);
        });

    /// <summary>A silo on a new database of <paramref name="database"/>'s server, with the runtime's schema applied.</summary>
    public static async Task<TestCluster> StartOnPostgresAsync(PostgresDatabase database, ManualTimeProvider clock, Action<TestClusterOptions>? configure = null)
    {
        var connectionString = await database.CreateAnotherAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).ApplyAsync(RuntimeSchema.Migrations);
        }

        return await StartAsync(clock, options =>
        {
            options.ConfigureStorage = actors => actors.UsePostgresStorage(connectionString);
            configure?.Invoke(options);
        });
    }
}
