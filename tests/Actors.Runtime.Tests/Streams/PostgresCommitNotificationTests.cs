using System.Text;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Actors.Runtime.Tests.Storage;
using Npgsql;
using Testing.Postgres;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Streams;

/// <summary>What PostgreSQL grain storage notifies when its writes commit, heard on a plain connection that listens.</summary>
public sealed class PostgresCommitNotificationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly StreamNotifier _notifier = new($"test-{Guid.NewGuid():N}");
    private readonly List<string> _heard = [];
    private NpgsqlDataSource _dataSource = null!;
    private PostgresGrainStorage _storage = null!;
    private NpgsqlConnection _listener = null!;

    public async Task InitializeAsync()
    {
        _dataSource = await PostgresStorageDatabase.OpenMigratedAsync(database.ConnectionString);
        _storage = new PostgresGrainStorage(_dataSource, TimeProvider.System, _notifier, null, null, null);
        _listener = new NpgsqlConnection(database.ConnectionString);
        await _listener.OpenAsync();
        _listener.Notification += (_, args) =>
        {
            lock (_heard)
            {
                _heard.Add(args.Payload);
            }
        };
        await using var listen = new NpgsqlCommand($"LISTEN {StreamNotificationPlan.Channel}", _listener);
        await listen.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _listener.DisposeAsync();
        await _storage.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_committed_write_notifies_its_streams_and_one_whose_ETag_check_failed_notifies_nothing()
    {
        var good = NewStream();
        var refused = NewStream();
        var marker = NewStream();
        var key = NewKey();
        var first = await _storage.WriteAsync(key, Json("{}"), null, [], [Event(good), Event(good)], default);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteAsync(key, Json("{}"), null, [], [Event(refused)], default));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteAsync(key, Json("{}"), "1", [], [Event(good), Event(refused)], default));
        await _storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(marker)], default);

        // Notifications arrive in commit order: once the marker's is in, the refused writes' would have been too.
        var heard = await HeardUntilAsync(streams => streams.Any(s => s.Stream == marker));
        Assert.Equal([(good, 2L), (marker, 1L)], heard);
        Assert.Equal(2, first.Events[^1].Sequence);
        Assert.All(Payloads(), payload => Assert.Equal(_notifier.Id, StreamNotification.Parse(payload).Writer));
    }

    [Fact]
    public async Task Writes_that_commit_together_notify_exactly_the_streams_of_those_whose_ETag_check_passed()
    {
        var stale = new List<GrainStateKey>();
        for (var i = 0; i < 20; i++)
        {
            var key = NewKey();
            await _storage.WriteAsync(key, Json("{}"), null, [], [], default);
            stale.Add(key);
        }

        var streams = Enumerable.Range(0, 40).Select(_ => NewStream()).ToArray();
        var writes = streams.Select((stream, i) => i % 2 == 0
            ? _storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(stream)], default)
            : _storage.WriteAsync(stale[i / 2], Json("{}"), "999999999", [], [Event(stream)], default)).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i % 2 == 0), outcomes);
        var marker = NewStream();
        await _storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(marker)], default);

        var heard = await HeardUntilAsync(s => s.Any(n => n.Stream == marker));
        Assert.Equal(
            streams.Where((_, i) => i % 2 == 0).Append(marker).Order(StreamComparer.Instance).Select(s => (s, 1L)),
            heard.OrderBy(n => n.Stream, StreamComparer.Instance));
    }

    [Fact]
    public async Task A_write_to_many_streams_sends_several_notifications_under_the_limit_that_name_each_stream_once()
    {
        var streams = Enumerable.Range(0, 600).Select(i => new StreamId("conversation", $"{Guid.NewGuid():N}-{i:D4}-{new string('m', i % 30)}")).ToList();
        var events = streams.SelectMany((stream, i) => Enumerable.Repeat(stream, 1 + (i % 3))).Select(Event).ToList();

        await _storage.WriteAsync(NewKey(), Json("{}"), null, [], events, default);

        var heard = await HeardUntilAsync(s => s.Count >= streams.Count);
        Assert.Equal(streams.Count, heard.Count);
        Assert.Equal(streams.Select((stream, i) => (stream, 1L + (i % 3))).ToHashSet(), heard.ToHashSet());
        var payloads = Payloads();
        Assert.True(payloads.Count > 1, $"{payloads.Count} notification(s)");
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= StreamNotificationPlan.MaxPayloadBytes));

        // The statement fills in exactly the text the plan describes.
        var lastSequence = streams.Select((stream, i) => (stream, 1L + (i % 3))).ToDictionary(p => p.stream, p => p.Item2);
        var planned = StreamNotificationPlan.For(_notifier.Id, streams).Payloads(s => lastSequence[s]);
        Assert.Equal(planned.ToHashSet(), payloads.ToHashSet());
    }

    /// <summary>Waits (at most 30 s) until the streams named so far satisfy <paramref name="done"/>; returns them in the order heard.</summary>
    private async Task<List<(StreamId Stream, long LastSequence)>> HeardUntilAsync(Func<List<(StreamId Stream, long LastSequence)>, bool> done)
    {
        using var timeout = new CancellationTokenSource(s_timeout);
        while (true)
        {
            var named = Payloads().SelectMany(p => StreamNotification.Parse(p).Streams).ToList();
            if (done(named))
            {
                return named;
            }

            await _listener.WaitAsync(timeout.Token);
        }
    }

    private List<string> Payloads()
    {
        lock (_heard)
        {
            return [.. _heard];
        }
    }

    private static GrainStateKey NewKey() => new("notify-test", Guid.NewGuid().ToString("N"), "state");

    private static StreamId NewStream() => new("job", Guid.NewGuid().ToString("N"));

    private static EventToAppend Event(StreamId stream) => new(stream, "Happened", Json("""{"n":1}"""));

    private sealed class StreamComparer : IComparer<StreamId>
    {
        public static readonly StreamComparer Instance = new();

        public int Compare(StreamId x, StreamId y) => string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
