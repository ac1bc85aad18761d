using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Npgsql;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Storage;

public sealed class PostgresEventStoreTests(PostgresDatabase database) : EventStoreContractTests, IClassFixture<PostgresDatabase>
{
    private NpgsqlDataSource _dataSource = null!;

    protected override async Task<(IGrainStorage Storage, IEventStore Events)> OpenAsync(TimeProvider time)
    {
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        return (new PostgresGrainStorage(_dataSource, time), new PostgresEventStore(_dataSource));
    }

    protected override async Task CloseAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Events_and_checkpoints_survive_disposing_and_recreating_the_store_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var jobs = Unique("job");
        var stream = new StreamId(jobs, "a");
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        await using (var storage = new PostgresGrainStorage(dataSource, Time))
        {
            await storage.WriteAsync(new GrainStateKey("job", "a", "state"), StoragePayload.Json("{}"), null,
                [],
                [new EventToAppend(stream, "JobPosted", StoragePayload.Json("{}")), new EventToAppend(stream, "BidPlaced", StoragePayload.Json("{}"))],
                default);
            await new PostgresEventStore(dataSource).WriteCheckpointAsync("search", stream, 1, default);
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var events = new PostgresEventStore(dataSource);
            Assert.Equal(["JobPosted", "BidPlaced"], (await events.ReadAsync(stream, 0, 10, default)).Select(e => e.EventType));
            Assert.Equal(2, await events.ReadLastSequenceAsync(stream, default));
            Assert.Equal(1, await events.ReadCheckpointAsync("search", stream, default));
            Assert.Equal([("search", stream)], await events.ReadBehindAsync([("search", jobs)], default));
        }
    }

    [Fact]
    public async Task Subscriptions_and_their_checkpoints_survive_disposing_and_recreating_the_store_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var stream = new StreamId(Unique("job"), "a");
        var other = new StreamId(Unique("chat"), "room");
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        {
            var events = new PostgresEventStore(dataSource, Time);
            await events.SubscribeAsync(stream, new GrainId("inbox", "u1"), 4, default);
            await events.SubscribeAsync(other, new GrainId("bridge", "s1"), 0, default);
            await events.SubscribeAsync(stream, new GrainId("bridge", "s1"), 2, default);
            await events.WriteCheckpointAsync("bridge/s1", stream, 3, default);
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var events = new PostgresEventStore(dataSource);
            Assert.Equal(
                [(other, new GrainId("bridge", "s1")), (stream, new GrainId("bridge", "s1")), (stream, new GrainId("inbox", "u1"))],
                await events.ReadSubscriptionsAsync(default));
            Assert.Equal(4, await events.ReadCheckpointAsync("inbox/u1", stream, default));
            Assert.Equal(3, await events.ReadCheckpointAsync("bridge/s1", stream, default));
            Assert.Equal(0, await events.ReadCheckpointAsync("bridge/s1", other, default));
        }
    }

    [Fact]
    public async Task A_subscription_row_records_when_it_was_created_by_the_stores_clock()
    {
        var stream = new StreamId(Unique("job"), "a");
        var events = new PostgresEventStore(_dataSource, Time);
        Time.Advance(TimeSpan.FromMinutes(3));

        await events.SubscribeAsync(stream, new GrainId("inbox", "u1"), 0, default);
        Time.Advance(TimeSpan.FromMinutes(1));
        await events.SubscribeAsync(stream, new GrainId("inbox", "u1"), 0, default);

        await using var command = _dataSource.CreateCommand(
            "SELECT created_at FROM stream_subscription WHERE stream_namespace = @namespace AND stream_key = @key");
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        Assert.Equal(Start.AddMinutes(3).UtcDateTime, (DateTime)(await command.ExecuteScalarAsync())!);
    }
}
