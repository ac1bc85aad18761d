using System.Collections.Concurrent;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Actors.Runtime.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testing;
using Testing.Postgres;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Streams;

/// <summary>The listener on its own: which notifications reach its callbacks, and its start and stop.</summary>
public sealed class PostgresStreamListenerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly ConcurrentQueue<(StreamId Stream, long LastSequence)> _notified = new();
    private int _resynchronized;

    [Fact]
    public async Task Notifications_of_this_process_are_skipped_those_of_others_reach_the_callback_and_stopping_closes_the_connection()
    {
        var own = new StreamNotifier();
        var listener = NewListener(database.ConnectionString, own);
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        await using var ownStorage = new PostgresGrainStorage(dataSource, TimeProvider.System, own, null, null, null);
        await using var otherStorage = new PostgresGrainStorage(dataSource, TimeProvider.System);
        await listener.StartingAsync(CancellationToken.None);
        var listening = listener.BackendProcessId;
        Assert.NotEqual(0, listening);
        var (mine, theirs, marker) = (NewStream(), NewStream(), NewStream());

        await ownStorage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(mine)], default);
        await otherStorage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(theirs), Event(theirs)], default);
        await ownStorage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(mine)], default);
        await otherStorage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(marker)], default);

        await Poll.Until(() => Task.FromResult(_notified.Count(n => n.Stream == marker)), n => n == 1);
        Assert.Equal([(theirs, 2L), (marker, 1L)], _notified);
        Assert.Equal(0, _resynchronized);

        await listener.StopAsync(CancellationToken.None);
        Assert.Equal(0, listener.BackendProcessId);
        await Poll.Until(() => BackendExistsAsync(listening), exists => !exists);
        await listener.DisposeAsync();
    }

    [Fact]
    public async Task A_notification_of_a_stream_too_long_to_name_resynchronizes()
    {
        var listener = NewListener(database.ConnectionString, new StreamNotifier());
        await using var dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        await using var storage = new PostgresGrainStorage(dataSource, TimeProvider.System);
        await listener.StartingAsync(CancellationToken.None);
        var named = NewStream();
        var unnamed = new StreamId("job", new string('k', StreamNotificationPlan.MaxPayloadBytes + 1));

        await storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(unnamed), Event(named)], default);

        await Poll.Until(() => Task.FromResult(Volatile.Read(ref _resynchronized)), n => n == 1);
        Assert.Equal([(named, 1L)], _notified);
        await listener.DisposeAsync();
    }

    [Fact]
    public async Task A_database_it_cannot_reach_does_not_stop_it_from_starting_or_stopping()
    {
        var missing = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = $"missing_{Guid.NewGuid():N}" }.ConnectionString;
        var listener = NewListener(missing, new StreamNotifier());

        await listener.StartingAsync(CancellationToken.None);
        Assert.Equal(0, listener.BackendProcessId);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await listener.StopAsync(stop.Token);
        await listener.DisposeAsync();
    }

    private PostgresStreamListener NewListener(string connectionString, StreamNotifier notifier) =>
        new(connectionString, notifier, (stream, last) => _notified.Enqueue((stream, last)), () => Interlocked.Increment(ref _resynchronized),
            TimeProvider.System, NullLogger<PostgresStreamListener>.Instance);

    private async Task<bool> BackendExistsAsync(int processId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE pid = @pid", connection);
        command.Parameters.AddWithValue("pid", processId);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static GrainStateKey NewKey() => new("listener-test", Guid.NewGuid().ToString("N"), "state");

    private static StreamId NewStream() => new("job", Guid.NewGuid().ToString("N"));

    private static EventToAppend Event(StreamId stream) => new(stream, "Happened", Json("""{"n":1}"""));
}
