using Actors.Runtime.Reminders;
using Actors.Runtime.Reminders.Postgres;
using Npgsql;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Storage;

public sealed class PostgresReminderTableTests(PostgresDatabase database) : ReminderTableContractTests, IClassFixture<PostgresDatabase>
{
    private NpgsqlDataSource _dataSource = null!;

    protected override async Task<IReminderTable> OpenAsync()
    {
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        return new PostgresReminderTable(_dataSource);
    }

    protected override async Task CloseAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Reminders_survive_disposing_and_recreating_the_table_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var grain = NewGrain();
        ReminderEntry stored;
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        {
            var table = new PostgresReminderTable(dataSource);
            stored = await table.UpsertAsync(grain, "auto-release", Now.AddDays(14), TimeSpan.FromDays(1), default);
            await table.UpsertAsync(grain, "removed", Now, null, default);
            await table.RemoveAsync(grain, "removed", null, default);
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var table = new PostgresReminderTable(dataSource);
            Assert.Equal([stored], await table.ReadForGrainAsync(grain, default));
            Assert.Equal([stored], await table.ReadDueAsync(Now.AddDays(15), default));
            var updated = await table.UpsertAsync(grain, "auto-release", Now.AddDays(20), null, default);
            Assert.NotEqual(stored.ETag, updated.ETag);
        }
    }
}
