using System.Collections.Concurrent;
using System.Text.Json;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Hosting;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Actors.Runtime.Tests.Grains;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Testing;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Streams;

/// <summary>
/// Live readers in one process that see the events another process writes, through PostgreSQL's notifications:
/// two silos on one database (not a cluster: they only share the database), and a reader in a host that is no silo.
/// </summary>
public sealed class CrossProcessStreamTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_reader_on_one_silo_gets_every_event_another_silo_writes_in_order_and_once()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var writer = await PostgresCluster.StartAsync(connectionString);
        await using var reader = await PostgresCluster.StartAsync(connectionString);
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        var streams = reader.Services.GetRequiredService<IStreamReader>();
        using var stop = new CancellationTokenSource(s_timeout);
        var tickers = Enumerable.Range(1, 4).Select(t => writer.GrainFactory.GetGrain<ITickerGrain>($"a-{t}-{stream.Key}")).ToArray();
        const int Rounds = 12;
        var total = tickers.Length * Enumerable.Range(0, 2 * Rounds).Sum(Size);

        var early = Task.Run(() => CollectAsync(streams, stream, 0, total, stop.Token));
        await TickAsync(tickers, stream, 0, Rounds);
        var fromStart = Task.Run(() => CollectAsync(streams, stream, 0, total, stop.Token));
        var from = await streams.ReadLastSequenceAsync(stream, stop.Token);
        var fromNow = Task.Run(() => CollectAsync(streams, stream, from, total, stop.Token));
        await TickAsync(tickers, stream, Rounds, Rounds);

        AssertWholeStream(await early, 0, total);
        AssertWholeStream(await fromStart, 0, total);
        AssertWholeStream(await fromNow, from, total);
        Assert.InRange(from, 1, total - 1);
    }

    [Fact]
    public async Task Silos_that_write_one_stream_each_read_the_others_events_and_their_own_once()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var a = await PostgresCluster.StartAsync(connectionString);
        await using var b = await PostgresCluster.StartAsync(connectionString);
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        using var stop = new CancellationTokenSource(s_timeout);
        ITickerGrain[] tickers =
        [
            a.GrainFactory.GetGrain<ITickerGrain>($"a-1-{stream.Key}"),
            b.GrainFactory.GetGrain<ITickerGrain>($"b-1-{stream.Key}"),
            a.GrainFactory.GetGrain<ITickerGrain>($"a-2-{stream.Key}"),
            b.GrainFactory.GetGrain<ITickerGrain>($"b-2-{stream.Key}"),
        ];
        const int Rounds = 10;
        var total = tickers.Length * Enumerable.Range(0, Rounds).Sum(Size);

        var onA = Task.Run(() => CollectAsync(a.Services.GetRequiredService<IStreamReader>(), stream, 0, total, stop.Token));
        var onB = Task.Run(() => CollectAsync(b.Services.GetRequiredService<IStreamReader>(), stream, 0, total, stop.Token));
        await TickAsync(tickers, stream, 0, Rounds);

        AssertWholeStream(await onA, 0, total);
        AssertWholeStream(await onB, 0, total);
    }

    [Fact]
    public async Task A_reader_in_a_host_that_is_not_a_silo_gets_the_events_a_silo_writes()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var silo = await PostgresCluster.StartAsync(connectionString);
        using var gateway = await StartReaderHostAsync(connectionString);
        var streams = gateway.Services.GetRequiredService<IStreamReader>();
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        var tickers = new[] { silo.GrainFactory.GetGrain<ITickerGrain>($"t-1-{stream.Key}"), silo.GrainFactory.GetGrain<ITickerGrain>($"t-2-{stream.Key}") };
        using var stop = new CancellationTokenSource(s_timeout);
        const int Rounds = 8;
        var total = tickers.Length * Enumerable.Range(0, 2 * Rounds).Sum(Size);

        var early = Task.Run(() => CollectAsync(streams, stream, 0, total, stop.Token));
        await TickAsync(tickers, stream, 0, Rounds);
        var late = Task.Run(() => CollectAsync(streams, stream, 0, total, stop.Token));
        await TickAsync(tickers, stream, Rounds, Rounds);

        AssertWholeStream(await early, 0, total);
        AssertWholeStream(await late, 0, total);
        Assert.Equal(total, await streams.ReadLastSequenceAsync(stream, stop.Token));
    }

    [Fact]
    public async Task After_its_connection_is_killed_the_listener_reconnects_and_its_readers_get_the_events_of_the_gap_and_after()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var silo = await PostgresCluster.StartAsync(connectionString);
        var clock = new ManualTimeProvider(); // the listener waits on it before reconnecting: the gap lasts until the test moves it
        using var gateway = await StartReaderHostAsync(connectionString, services => services.AddSingleton<TimeProvider>(clock));
        var listener = gateway.Services.GetRequiredService<PostgresStreamListener>();
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        var ticker = silo.GrainFactory.GetGrain<ITickerGrain>($"t-{stream.Key}");
        using var stop = new CancellationTokenSource(s_timeout);
        await using var reader = gateway.Services.GetRequiredService<IStreamReader>().ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        var read = new List<StreamEvent>();
        var next = reader.MoveNextAsync();
        await ticker.Tick(stream.Key, 2);
        await ReadAsync(reader, next, read, 2);
        var listening = listener.BackendProcessId;
        Assert.NotEqual(0, listening);

        next = reader.MoveNextAsync();
        await TerminateAsync(connectionString, listening);
        await Poll.Until(() => Task.FromResult(listener.BackendProcessId), pid => pid == 0);
        await ticker.Tick(stream.Key, 3); // notified to no one here
        await ticker.Tick(stream.Key, 1);
        Assert.False(next.IsCompleted);
        var reconnected = await Poll.Until(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(listener.BackendProcessId);
        }, pid => pid != 0);
        Assert.NotEqual(listening, reconnected);
        await ReadAsync(reader, next, read, 4);

        next = reader.MoveNextAsync();
        await ticker.Tick(stream.Key, 2);
        await ReadAsync(reader, next, read, 2);

        AssertWholeStream(read, 0, 8);
        Assert.Equal(reconnected, listener.BackendProcessId);
    }

    [Fact]
    public async Task A_silo_whose_listener_lost_its_connection_still_reads_what_another_silo_writes()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var writer = await PostgresCluster.StartAsync(connectionString);
        await using var reader = await PostgresCluster.StartAsync(connectionString);
        var listener = reader.Services.GetRequiredService<PostgresStreamListener>();
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        var ticker = writer.GrainFactory.GetGrain<ITickerGrain>($"t-{stream.Key}");
        using var stop = new CancellationTokenSource(s_timeout);
        await using var live = reader.Services.GetRequiredService<IStreamReader>().ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        var read = new List<StreamEvent>();
        var next = live.MoveNextAsync();
        await ticker.Tick(stream.Key, 3);
        await ReadAsync(live, next, read, 3);
        var listening = listener.BackendProcessId;
        Assert.NotEqual(0, listening);

        next = live.MoveNextAsync();
        await TerminateAsync(connectionString, listening);
        await ticker.Tick(stream.Key, 3);
        await Poll.Until(() => Task.FromResult(listener.BackendProcessId), pid => pid != 0 && pid != listening);
        await ReadAsync(live, next, read, 3);

        // Caught up again after the gap: what follows comes through the new connection's notifications.
        next = live.MoveNextAsync();
        await ticker.Tick(stream.Key, 3);
        await ReadAsync(live, next, read, 3);

        AssertWholeStream(read, 0, 9);
    }

    [Fact]
    public async Task A_malformed_notification_is_logged_and_skipped_and_the_listener_goes_on()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        var logs = new RecordingLoggerProvider();
        await using var writer = await PostgresCluster.StartAsync(connectionString);
        await using var reader = await PostgresCluster.StartAsync(connectionString, o => o.ConfigureServices += services => services.AddSingleton<ILoggerProvider>(logs));
        var listener = reader.Services.GetRequiredService<PostgresStreamListener>();
        var listening = listener.BackendProcessId;
        var stream = new StreamId(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));
        var ticker = writer.GrainFactory.GetGrain<ITickerGrain>($"t-{stream.Key}");
        using var stop = new CancellationTokenSource(s_timeout);
        await using var live = reader.Services.GetRequiredService<IStreamReader>().ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        var read = new List<StreamEvent>();
        var next = live.MoveNextAsync();
        await ticker.Tick(stream.Key, 1);
        await ReadAsync(live, next, read, 1);

        next = live.MoveNextAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(stop.Token);
            await using var command = new NpgsqlCommand(
                $"SELECT pg_notify('{StreamNotificationPlan.Channel}', 'not json'), pg_notify('{StreamNotificationPlan.Channel}', @half)", connection);
            command.Parameters.AddWithValue("half", $$"""{"writer":"x","streams":[["{{stream.Namespace}}","{{stream.Key}}"]]}""");
            await command.ExecuteNonQueryAsync(stop.Token);
        }

        await ticker.Tick(stream.Key, 2);

        // The reader was live: only the notification that followed the malformed ones can have brought these.
        await ReadAsync(live, next, read, 2);
        AssertWholeStream(read, 0, 3);
        Assert.Equal(listening, listener.BackendProcessId);
        Assert.Equal(2, logs.Messages.Count(m => m.StartsWith("Skipped a malformed stream notification", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Events_another_process_writes_reach_the_implicit_and_explicit_subscribers_of_a_silo()
    {
        var connectionString = await PostgresCluster.CreateDatabaseAsync(database);
        await using var silo = await PostgresCluster.StartAsync(connectionString);
        var key = $"elsewhere-{Guid.NewGuid():N}";
        var follower = silo.GrainFactory.GetGrain<IFollowerGrain>($"follower-{key}");
        await follower.Follow(key);

        // Another process: its own storage, its own notifier; this silo announces none of its writes.
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var elsewhere = new PostgresGrainStorage(dataSource, TimeProvider.System);
        var stream = new StreamId("counter", key);
        foreach (var value in new[] { 4, 9 })
        {
            await elsewhere.WriteAsync(new GrainStateKey("elsewhere", $"{key}-{value}", "state"), "{}"u8.ToArray(), null, [],
                [new EventToAppend(stream, EventTypes.NameOf(typeof(Counted)), JsonSerializer.SerializeToUtf8Bytes(new Counted(key, value, value), StateJson.Options))],
                CancellationToken.None);
        }

        Assert.Equal([1L, 2], await Poll.Until(() => silo.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), seen => seen.Count >= 2));
        Assert.Equal([4, 9], await Poll.Until(follower.Values, values => values.Count >= 2));
    }

    /// <summary>Events in a round: 1, 2 or 3 per write.</summary>
    private static int Size(int round) => 1 + (round % 3);

    /// <summary>Rounds <paramref name="first"/>.. of writes, the tickers writing at the same time, each its own writes in order.</summary>
    private static Task TickAsync(ITickerGrain[] tickers, StreamId stream, int first, int rounds) =>
        Task.WhenAll(tickers.Select(async ticker =>
        {
            for (var round = first; round < first + rounds; round++)
            {
                await ticker.Tick(stream.Key, Size(round));
            }
        }));

    private static async Task<List<StreamEvent>> CollectAsync(IStreamReader streams, StreamId stream, long after, long last, CancellationToken cancellationToken)
    {
        var read = new List<StreamEvent>();
        await foreach (var next in streams.ReadAsync(stream, after, cancellationToken))
        {
            read.Add(next);
            if (next.Sequence >= last)
            {
                break;
            }
        }

        return read;
    }

    private static async Task ReadAsync(IAsyncEnumerator<StreamEvent> reader, ValueTask<bool> next, List<StreamEvent> read, int count)
    {
        Assert.True(await next);
        read.Add(reader.Current);
        for (var i = 1; i < count; i++)
        {
            Assert.True(await reader.MoveNextAsync());
            read.Add(reader.Current);
        }
    }

    /// <summary>Sequences after+1..last each once and in order, and each ticker's events in its own order.</summary>
    private static void AssertWholeStream(List<StreamEvent> read, long after, long last)
    {
        Assert.Equal(Enumerable.Range((int)after + 1, (int)(last - after)).Select(s => (long)s), read.Select(e => e.Sequence));
        foreach (var ticker in read.Select(e => (Ticked)e.Event).GroupBy(t => t.Ticker))
        {
            var numbers = ticker.Select(t => t.Number).ToList();
            Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
        }
    }

    private static async Task TerminateAsync(string connectionString, int backendProcessId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        command.Parameters.AddWithValue("pid", backendProcessId);
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    private static async Task<IHost> StartReaderHostAsync(string connectionString, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder.Services);
        builder.Services.AddPostgresStreamReader(connectionString);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Recorder(_messages);

        public void Dispose()
        {
        }

        private sealed class Recorder(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
