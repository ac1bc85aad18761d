using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Npgsql;
using Testing.Postgres;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

public sealed class PostgresGrainStorageTests(PostgresDatabase database) : GrainStorageContractTests, IClassFixture<PostgresDatabase>
{
    private NpgsqlDataSource _dataSource = null!;

    protected override async Task<(IGrainStorage Storage, IEventStore Events)> OpenAsync(TimeProvider time)
    {
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        return (new PostgresGrainStorage(_dataSource, time), new PostgresEventStore(_dataSource));
    }

    protected override async Task CloseAsync() => await _dataSource.DisposeAsync();

    /// <summary>The xmin (writing transaction) of each entry row of <paramref name="key"/>, by entry key.</summary>
    private async Task<Dictionary<string, string>> EntryRowVersionsAsync(GrainStateKey key)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT entry_key, xmin::text FROM grain_state_entry
            WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name
            """);
        command.Parameters.AddWithValue("grain_type", key.GrainType);
        command.Parameters.AddWithValue("grain_key", key.GrainKey);
        command.Parameters.AddWithValue("state_name", key.StateName);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0), reader.GetString(1));
        }

        return versions;
    }

    [Fact]
    public async Task State_and_events_survive_disposing_and_recreating_the_storage_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var key = NewKey();
        var cleared = NewKey();
        var stream = NewStream();
        StateWriteResult written;
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        await using (var storage = new PostgresGrainStorage(dataSource, Time))
        {
            var first = await storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [Event(stream, "JobPosted", """{"n":1}""")], default);
            written = await storage.WriteAsync(key, Json("""{"bids":2}"""), first.ETag, [], [Event(stream, "BidPlaced", """{"n":2}""")], default);
            var gone = await storage.WriteAsync(cleared, Json("{}"), null, [], [], default);
            await storage.ClearAsync(cleared, gone.ETag, [], default);
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        await using (var storage = new PostgresGrainStorage(dataSource, Time))
        {
            var events = new PostgresEventStore(dataSource);
            var stored = await storage.ReadAsync(key, default);
            Assert.Equal(written.ETag, stored!.ETag);
            Equal("""{"bids":2}""", stored.Payload);
            Assert.Null(await storage.ReadAsync(cleared, default));
            Assert.Equal(["JobPosted", "BidPlaced"], (await events.ReadAsync(stream, 0, 10, default)).Select(e => e.EventType));

            // the recreated storage goes on with the stored ETag and the stream's sequence
            var next = await storage.WriteAsync(key, Json("""{"bids":3}"""), written.ETag, [], [Event(stream, "BidPlaced", "{}")], default);
            Assert.Equal(3, Assert.Single(next.Events).Sequence);
            await Assert.ThrowsAsync<InconsistentStateException>(
                () => storage.WriteAsync(key, Json("{}"), written.ETag, [], [], default));
        }
    }

    [Fact]
    public async Task Writes_committed_in_one_batch_each_get_their_own_etag_check_and_a_stale_one_fails_alone()
    {
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(await database.CreateAnotherAsync());
        using var batches = new BatchSizeRecorder();
        await using var storage = new PostgresGrainStorage(
            dataSource, Time, new PostgresGrainStorageOptions { ConcurrentBatches = 1 }, batches);
        var stream = NewStream();
        var keys = Enumerable.Range(0, 20).Select(_ => NewKey()).ToArray();
        var first = await Task.WhenAll(keys.Select(k => storage.WriteAsync(k, Json("""{"v":1}"""), null, [], [], default)));
        var second = await Task.WhenAll(keys.Select((k, i) => storage.WriteAsync(k, Json("""{"v":2}"""), first[i].ETag, [], [], default)));

        Task<StateWriteResult>[] attempts;
        await using (var block = await GrainStateBlock.TakeAsync(dataSource))
        {
            // the lone write waits for the lock, holding up the only batch loop; the next 20 queue behind it
            var lone = storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(stream, "lone", "{}")], default);
            await block.WaitUntilAWriterWaitsAsync();
            attempts =
            [
                lone,
                .. keys.Select((k, i) => i % 5 == 0
                    ? storage.WriteAsync(k, Json("""{"v":3}"""), first[i].ETag, [], [Event(stream, $"stale{i}", "{}")], default)
                    : storage.WriteAsync(k, Json("""{"v":3}"""), second[i].ETag, [], [Event(stream, $"ok{i}", "{}")], default)),
            ];
        }

        var outcomes = await Settled<StateWriteResult>.AllAsync(attempts);
        Assert.Contains(20, batches.Sizes);
        for (var i = 0; i < keys.Length; i++)
        {
            var attempt = outcomes[i + 1];
            var stored = await storage.ReadAsync(keys[i], default);
            if (i % 5 == 0)
            {
                var error = Assert.IsType<InconsistentStateException>(attempt.Error);
                Assert.Equal(second[i].ETag, error.StoredETag);
                Assert.Equal(first[i].ETag, error.CurrentETag);
                Assert.Equal(second[i].ETag, stored!.ETag);
            }
            else
            {
                Assert.Equal(attempt.Result.ETag, stored!.ETag);
                Equal("""{"v":3}""", stored.Payload);
            }
        }

        var events = await new PostgresEventStore(dataSource).ReadAsync(stream, 0, 100, default);
        Assert.Equal(Enumerable.Range(1, 17).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal("lone", events[0].EventType);
        Assert.DoesNotContain(events, e => e.EventType.StartsWith("stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_payload_that_jsonb_refuses_fails_its_own_write_and_not_the_rest_of_its_batch()
    {
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(await database.CreateAnotherAsync());
        using var batches = new BatchSizeRecorder();
        await using var storage = new PostgresGrainStorage(
            dataSource, Time, new PostgresGrainStorageOptions { ConcurrentBatches = 1 }, batches);
        var stream = NewStream();
        var keys = Enumerable.Range(0, 10).Select(_ => NewKey()).ToArray();

        Task<StateWriteResult>[] attempts;
        await using (var block = await GrainStateBlock.TakeAsync(dataSource))
        {
            var lone = storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default);
            await block.WaitUntilAWriterWaitsAsync();
            attempts =
            [
                lone,
                // valid JSON, but beyond what jsonb's numeric can hold
                .. keys.Select((k, i) => storage.WriteAsync(
                    k, Json(i == 4 ? """{"amount":1e1000000}""" : "{}"), null, [], [Event(stream, $"e{i}", "{}")], default)),
            ];
        }

        var outcomes = await Settled<StateWriteResult>.AllAsync(attempts);
        Assert.IsType<PostgresException>(outcomes[5].Error);
        Assert.Null(await storage.ReadAsync(keys[4], default));
        foreach (var i in Enumerable.Range(0, 10).Where(i => i != 4))
        {
            Assert.Equal(outcomes[i + 1].Result.ETag, (await storage.ReadAsync(keys[i], default))!.ETag);
        }

        var events = await new PostgresEventStore(dataSource).ReadAsync(stream, 0, 100, default);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.DoesNotContain(events, e => e.EventType == "e4");
    }

    [Fact]
    public async Task A_write_leaves_the_rows_of_the_entries_it_does_not_name_untouched()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("{}"), null,
            [Entry("bids", "a", 1, "1"), Entry("bids", "b", 2, "2"), Entry("bids", "c", 3, "3")], [], default);
        var before = await EntryRowVersionsAsync(key);

        await Storage.WriteAsync(key, Json("{}"), first.ETag, [Entry("bids", "b", 2, "20")], [], default);

        // xmin names the transaction that last wrote a row: a row that was not rewritten keeps it
        var after = await EntryRowVersionsAsync(key);
        Assert.Equal(before["a"], after["a"]);
        Assert.Equal(before["c"], after["c"]);
        Assert.NotEqual(before["b"], after["b"]);
    }

    [Fact]
    public async Task Writes_committed_in_one_batch_change_entries_only_where_their_etag_check_passed()
    {
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(await database.CreateAnotherAsync());
        using var batches = new BatchSizeRecorder();
        await using var storage = new PostgresGrainStorage(
            dataSource, Time, new PostgresGrainStorageOptions { ConcurrentBatches = 1 }, batches);
        var keys = Enumerable.Range(0, 10).Select(_ => NewKey()).ToArray();
        var first = await Task.WhenAll(keys.Select(k => storage.WriteAsync(
            k, Json("{}"), null, [Entry("bids", "a", 1, "1"), Entry("bids", "b", 2, "2")], [], default)));
        var second = await Task.WhenAll(keys.Select((k, i) => storage.WriteAsync(k, Json("{}"), first[i].ETag, [], [], default)));
        var cleared = keys[9];

        Task<StateWriteResult>[] attempts;
        await using (var block = await GrainStateBlock.TakeAsync(dataSource))
        {
            var lone = storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default);
            await block.WaitUntilAWriterWaitsAsync();
            attempts =
            [
                lone,
                .. keys[..9].Select((k, i) => storage.WriteAsync(k, Json("{}"), i % 3 == 0 ? first[i].ETag : second[i].ETag,
                    [Entry("bids", "a", 1, "10"), EntryChange.Removed("bids", "b"), Entry("bids", "c", 3, "30")], [], default)),
                storage.ClearAsync(cleared, second[9].ETag, [], default),
            ];
        }

        var outcomes = await Settled<StateWriteResult>.AllAsync(attempts);
        Assert.Contains(10, batches.Sizes); // the nine writes and the clear, behind the lone write
        for (var i = 0; i < 9; i++)
        {
            var stored = await storage.ReadAsync(keys[i], default);
            if (i % 3 == 0)
            {
                Assert.IsType<InconsistentStateException>(outcomes[i + 1].Error);
                Assert.Equal(["bids/a@1=1", "bids/b@2=2"], Listed(stored));
            }
            else
            {
                Assert.Equal(outcomes[i + 1].Result.ETag, stored!.ETag);
                Assert.Equal(["bids/a@1=10", "bids/c@3=30"], Listed(stored));
            }
        }

        Assert.Null(await storage.ReadAsync(cleared, default));
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM grain_state_entry WHERE grain_key = @key");
        count.Parameters.AddWithValue("key", cleared.GrainKey);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Entries_survive_disposing_and_recreating_the_storage_and_its_data_source()
    {
        var connectionString = await database.CreateAnotherAsync();
        var key = NewKey();
        StateWriteResult written;
        await using (var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString))
        await using (var storage = new PostgresGrainStorage(dataSource, Time))
        {
            var first = await storage.WriteAsync(key, Json("{}"), null, [Entry("bids", "b", 1, "1"), Entry("bids", "a", 2, "2")], [], default);
            written = await storage.WriteAsync(key, Json("{}"), first.ETag, [Entry("bids", "b", 1, "11")], [], default);
        }

        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        await using (var storage = new PostgresGrainStorage(dataSource, Time))
        {
            var stored = await storage.ReadAsync(key, default);
            Assert.Equal(written.ETag, stored!.ETag);
            Assert.Equal(["bids/b@1=11", "bids/a@2=2"], Listed(stored));
        }
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_for_its_batch_is_never_made()
    {
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(await database.CreateAnotherAsync());
        await using var storage = new PostgresGrainStorage(dataSource, Time, new PostgresGrainStorageOptions { ConcurrentBatches = 1 });
        var key = NewKey();
        using var cancellation = new CancellationTokenSource();

        Task<StateWriteResult> lone, cancelled;
        await using (var block = await GrainStateBlock.TakeAsync(dataSource))
        {
            lone = storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default);
            await block.WaitUntilAWriterWaitsAsync();
            cancelled = storage.WriteAsync(key, Json("{}"), null, [], [], cancellation.Token);
            await cancellation.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        }

        await lone;
        Assert.Null(await storage.ReadAsync(key, default));
        await storage.WriteAsync(key, Json("{}"), null, [], [], default);
    }

    [Fact]
    public async Task Two_storages_on_separate_connections_appending_to_one_stream_get_sequences_one_to_n()
    {
        var connectionString = await database.CreateAnotherAsync();
        await using var oneSource = await PostgresStorageDatabase.OpenMigratedAsync(connectionString);
        await using var otherSource = NpgsqlDataSource.Create(connectionString);
        await using var one = new PostgresGrainStorage(oneSource, Time);
        await using var other = new PostgresGrainStorage(otherSource, Time);
        var shared = NewStream();
        var streams = Enumerable.Range(0, 5).Select(_ => NewStream()).ToArray();

        // 40 grains, half on each silo, write 8 times each; every write appends two events to the shared
        // stream and one to each of two of five others, in varying order, so that transactions of both
        // silos contend for the same stream heads
        var writers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async w =>
        {
            var storage = w % 2 == 0 ? one : other;
            var key = NewKey();
            string? eTag = null;
            var results = new List<StateWriteResult>();
            for (var n = 0; n < 8; n++)
            {
                var result = await storage.WriteAsync(key, Json("{}"), eTag,
                [],
                [
                    Event(streams[(w + n) % 5], "a", "{}"), Event(shared, "s", "{}"),
                    Event(streams[(w + n + 2) % 5], "b", "{}"), Event(shared, "s", "{}"),
                ], default);
                eTag = result.ETag;
                results.Add(result);
            }

            return results;
        }));

        var appended = writers.SelectMany(r => r).SelectMany(r => r.Events).ToList();
        var events = new PostgresEventStore(oneSource);
        foreach (var stream in streams.Append(shared))
        {
            var expected = appended.Count(e => e.Stream == stream);
            var stored = await events.ReadAsync(stream, 0, 10_000, default);
            Assert.Equal(Enumerable.Range(1, expected).Select(n => (long)n), stored.Select(e => e.Sequence));
            Assert.Equal(
                appended.Where(e => e.Stream == stream).Select(e => e.Sequence).Order(),
                stored.Select(e => e.Sequence));
        }

        Assert.Equal(40 * 8 * 2, (await events.ReadAsync(shared, 0, 10_000, default)).Count);
    }

    [Fact]
    public async Task Disposing_the_storage_commits_the_writes_already_queued_and_refuses_new_ones()
    {
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(await database.CreateAnotherAsync());
        var storage = new PostgresGrainStorage(dataSource, Time);
        var keys = Enumerable.Range(0, 300).Select(_ => NewKey()).ToArray();

        var writes = keys.Select(k => storage.WriteAsync(k, Json("""{"v":1}"""), null, [], [], default)).ToArray();
        await storage.DisposeAsync();

        // read before awaiting the writes: what DisposeAsync waited for is in the database
        var stored = new List<StoredState?>();
        await using (var reader = new PostgresGrainStorage(dataSource, Time))
        {
            foreach (var key in keys)
            {
                stored.Add(await reader.ReadAsync(key, default));
            }
        }

        var results = await Task.WhenAll(writes);
        Assert.Equal(results.Select(r => r.ETag), stored.Select(s => s?.ETag));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default));
    }
}
