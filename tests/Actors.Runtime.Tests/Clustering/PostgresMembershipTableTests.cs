using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Postgres;
using Actors.Runtime.Tests.Storage;
using Npgsql;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>The membership table contract against PostgreSQL: every silo has its own table instance on one database.</summary>
public sealed class PostgresMembershipTableTests(PostgresDatabase database) : MembershipTableContractTests, IClassFixture<PostgresDatabase>
{
    private NpgsqlDataSource _dataSource = null!;

    public override async Task InitializeAsync() =>
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();

    protected override IMembershipTable TableOf(string clusterId) => new PostgresMembershipTable(_dataSource, clusterId);

    [Fact]
    public async Task A_new_cluster_gets_its_version_row_on_first_use()
    {
        var clusterId = NewClusterId();

        await TableOf(clusterId).ReadAllAsync(default);

        await using var command = _dataSource.CreateCommand("SELECT version FROM cluster_version WHERE cluster_id = @c");
        command.Parameters.AddWithValue("c", clusterId);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Suspicions_are_stored_as_a_jsonb_list_of_voter_and_time()
    {
        var clusterId = NewClusterId();
        var table = TableOf(clusterId);
        var row = Row(NewSilo());
        var voter = new SiloAddress("10.0.0.2", 11111, 42);
        await table.InsertAsync(row with { Suspicions = [new Suspicion(voter, Now.AddMilliseconds(250))] }, 0, default);

        await using var command = _dataSource.CreateCommand("""
            SELECT jsonb_typeof(suspicions), suspicions -> 0 ->> 'by', (suspicions -> 0 ->> 'at')::timestamptz
            FROM cluster_member WHERE cluster_id = @c
            """);
        command.Parameters.AddWithValue("c", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("array", reader.GetString(0));
        Assert.Equal("10.0.0.2:11111@42", reader.GetString(1));
        Assert.Equal(Now.AddMilliseconds(250), reader.GetFieldValue<DateTimeOffset>(2));
    }

    [Fact]
    public async Task Rows_survive_disposing_and_recreating_the_table_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var clusterId = NewClusterId();
        var row = Row(NewSilo()) with { Suspicions = [new Suspicion(NewSilo("10.0.0.2"), Now)] };
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        {
            Assert.True(await new PostgresMembershipTable(dataSource, clusterId).InsertAsync(row, 0, default));
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var snapshot = await new PostgresMembershipTable(dataSource, clusterId).ReadAllAsync(default);
            Assert.Equal(1, snapshot.Version);
            AssertRow(row, Assert.Single(snapshot.Entries));
        }
    }
}
