using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Postgres;
using Actors.Runtime.Tests.Storage;
using Npgsql;
using Testing;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>The grain directory contract against PostgreSQL: every silo has its own directory instance on one database.</summary>
public sealed class PostgresGrainDirectoryTests(PostgresDatabase database) : GrainDirectoryContractTests, IClassFixture<PostgresDatabase>
{
    private NpgsqlDataSource _dataSource = null!;

    public override async Task InitializeAsync() =>
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();

    protected override IGrainDirectory DirectoryOf(string clusterId) => new PostgresGrainDirectory(_dataSource, clusterId);

    [Fact]
    public async Task A_registration_is_stored_with_its_silo_as_text_and_its_activation_id()
    {
        var clusterId = NewClusterId();
        var address = Activation(NewGrain(), new SiloAddress("10.0.0.7", 11111, 638_900_000_000_000_000));
        await DirectoryOf(clusterId).RegisterAsync(address, null, default);

        await using var command = _dataSource.CreateCommand("""
            SELECT silo, activation_id, registered_at FROM grain_directory
            WHERE cluster_id = @c AND grain_type = @t AND grain_key = @k
            """);
        command.Parameters.AddWithValue("c", clusterId);
        command.Parameters.AddWithValue("t", address.Grain.Type);
        command.Parameters.AddWithValue("k", address.Grain.Key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("10.0.0.7:11111@638900000000000000", reader.GetString(0));
        Assert.Equal(address.ActivationId, reader.GetGuid(1));
        Assert.InRange(reader.GetFieldValue<DateTimeOffset>(2), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task A_registration_waiting_on_an_uncommitted_one_returns_that_one_once_it_commits()
    {
        var clusterId = NewClusterId();
        var grain = NewGrain();
        var first = Activation(grain, NewSilo());

        // Hold the first registration's row uncommitted, so the second registration's insert has to wait on it.
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO grain_directory (cluster_id, grain_type, grain_key, silo, activation_id) VALUES (@c, @t, @k, @s, @a)",
            connection, transaction))
        {
            insert.Parameters.AddWithValue("c", clusterId);
            insert.Parameters.AddWithValue("t", grain.Type);
            insert.Parameters.AddWithValue("k", grain.Key);
            insert.Parameters.AddWithValue("s", first.Silo.ToString());
            insert.Parameters.AddWithValue("a", first.ActivationId);
            await insert.ExecuteNonQueryAsync();
        }

        var second = DirectoryOf(clusterId).RegisterAsync(Activation(grain, NewSilo("10.0.0.2")), null, default);
        await WaitUntilBlockedAsync();
        Assert.False(second.IsCompleted);
        await transaction.CommitAsync();

        Assert.Equal(first, await second);
    }

    [Fact]
    public async Task A_registration_waiting_on_one_that_rolls_back_wins()
    {
        var clusterId = NewClusterId();
        var grain = NewGrain();

        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO grain_directory (cluster_id, grain_type, grain_key, silo, activation_id) VALUES (@c, @t, @k, 'h:1@1', @a)",
            connection, transaction))
        {
            insert.Parameters.AddWithValue("c", clusterId);
            insert.Parameters.AddWithValue("t", grain.Type);
            insert.Parameters.AddWithValue("k", grain.Key);
            insert.Parameters.AddWithValue("a", Guid.NewGuid());
            await insert.ExecuteNonQueryAsync();
        }

        var candidate = Activation(grain, NewSilo("10.0.0.2"));
        var registering = DirectoryOf(clusterId).RegisterAsync(candidate, null, default);
        await WaitUntilBlockedAsync();
        await transaction.RollbackAsync();

        Assert.Equal(candidate, await registering);
        Assert.Equal(candidate, await DirectoryOf(clusterId).LookupAsync(grain, default));
    }

    // Waits until some backend of this database waits for a lock (the registration's insert on the held row).
    private async Task WaitUntilBlockedAsync()
    {
        await Poll.Until(
            async () =>
            {
                await using var command = _dataSource.CreateCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
                return (long)(await command.ExecuteScalarAsync())!;
            },
            waiting => waiting > 0);
    }
}
