using Actors.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Postgres;

public sealed class SchemaMigratorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Applies_every_runtime_migration_to_an_empty_database_and_records_it()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateAnotherAsync());
        var migrator = Migrator(dataSource);

        var applied = await migrator.ApplyAsync(RuntimeSchema.Migrations);

        Assert.Equal(RuntimeSchema.Migrations.Select(m => m.Version), applied.Select(m => m.Version));
        var history = await migrator.ReadHistoryAsync();
        Assert.Equal(
            RuntimeSchema.Migrations.Select(m => (RuntimeSchema.Component, m.Version, m.Name)),
            history);
        Assert.True(await TableExistsAsync(dataSource, "grain_state"));
        Assert.True(await TableExistsAsync(dataSource, "reminder"));
    }

    [Fact]
    public async Task Applying_twice_applies_nothing_the_second_time()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateAnotherAsync());
        var migrator = Migrator(dataSource);

        await migrator.ApplyAsync(RuntimeSchema.Migrations);
        var second = await migrator.ApplyAsync(RuntimeSchema.Migrations);

        Assert.Empty(second);
        Assert.Equal(RuntimeSchema.Migrations.Count, (await migrator.ReadHistoryAsync()).Count);
    }

    [Fact]
    public async Task Concurrent_migrators_apply_each_migration_exactly_once()
    {
        var connectionString = await database.CreateAnotherAsync();
        var dataSources = Enumerable.Range(0, 6).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            var results = await Task.WhenAll(dataSources.Select(ds => Migrator(ds).ApplyAsync(RuntimeSchema.Migrations)));

            Assert.Equal(RuntimeSchema.Migrations.Count, results.Sum(r => r.Count));
            Assert.Single(results, r => r.Count > 0);
            Assert.Equal(RuntimeSchema.Migrations.Count, (await Migrator(dataSources[0]).ReadHistoryAsync()).Count);
        }
        finally
        {
            foreach (var dataSource in dataSources)
            {
                await dataSource.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_stops_the_migration_with_its_name()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateAnotherAsync());
        var migrator = Migrator(dataSource);
        await migrator.ApplyAsync([new SchemaMigration("sample", 1, "create_gig", "CREATE TABLE gig (id int)")]);

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => migrator.ApplyAsync(
            [new SchemaMigration("sample", 1, "create_gig", "CREATE TABLE gig (id bigint)")]));

        Assert.Contains("sample 0001_create_gig", error.Message);
        Assert.Contains("changed after it was applied", error.Message);
    }

    [Fact]
    public async Task A_failing_script_rolls_back_the_whole_batch()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateAnotherAsync());
        var migrator = Migrator(dataSource);

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => migrator.ApplyAsync(
        [
            new SchemaMigration("sample", 1, "create_gig", "CREATE TABLE gig (id int)"),
            new SchemaMigration("sample", 2, "broken", "ALTER TABLE no_such_table ADD COLUMN x int"),
        ]));

        Assert.Contains("sample 0002_broken failed", error.Message);
        Assert.Empty(await migrator.ReadHistoryAsync());
        Assert.False(await TableExistsAsync(dataSource, "gig"));
    }

    [Fact]
    public void Runtime_migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(
            Enumerable.Range(1, RuntimeSchema.Migrations.Count),
            RuntimeSchema.Migrations.Select(m => m.Version));
    }

    private static SchemaMigrator Migrator(NpgsqlDataSource dataSource) =>
        new(dataSource, NullLogger<SchemaMigrator>.Instance);

    private static async Task<bool> TableExistsAsync(NpgsqlDataSource dataSource, string table)
    {
        await using var command = dataSource.CreateCommand("SELECT to_regclass(@table) IS NOT NULL");
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
