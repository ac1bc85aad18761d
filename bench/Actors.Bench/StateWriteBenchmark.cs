using System.Diagnostics;
using System.Text;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Postgres;
using Actors.Runtime.Streams;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testing.Postgres;

namespace Actors.Bench;

/// <summary>
/// (b) PostgreSQL state writes, each with one event in the same transaction, from many concurrent
/// writers (one grain key each): through <see cref="PostgresGrainStorage"/> (batched group commit)
/// beside raw Npgsql doing the same statements, one transaction per write.
/// </summary>
internal static class StateWriteBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        PostgresServer? server = null;
        var connectionString = options.ConnectionString;
        if (connectionString is null)
        {
            server = await PostgresServer.StartAsync();
            connectionString = server.ConnectionString(await server.CreateDatabaseAsync("bench"));
            Console.WriteLine($"started a private PostgreSQL on port {server.Port} (the test fixture's settings: fsync=off, synchronous_commit=off)");
        }

        try
        {
            await using var dataSource = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { MaxPoolSize = Math.Max(100, options.Concurrency * 2) } }.Build();
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).ApplyAsync(RuntimeSchema.Migrations);
            Console.WriteLine($"state-writes: {options.Concurrency} concurrent writers, one state row + one event per write, {options.Duration.TotalSeconds:0} s each, {Environment.ProcessorCount} cores");

            var raw = await MeasureAsync("raw Npgsql (baseline)", options, worker => new RawWriter(dataSource, $"raw-{worker}").WriteAsync);
            var storage = new PostgresGrainStorage(dataSource, TimeProvider.System);
            var runtime = await MeasureAsync("PostgresGrainStorage (runtime)", options, worker => new StorageWriter(storage, $"grain-{worker}").WriteAsync);
            Console.WriteLine($"runtime / baseline: {runtime / raw:P0}");
            return 0;
        }
        finally
        {
            server?.Stop();
        }
    }

    private static async Task<double> MeasureAsync(string name, BenchOptions options, Func<int, Func<int, Task>> writerFor)
    {
        var recorder = new LatencyRecorder(options.Concurrency);
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var write = writerFor(worker);
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var start = Stopwatch.GetTimestamp();
                await write(n);
                recorder.Record(worker, start);
            }
        })).ToArray();

        await Task.Delay(options.Warmup);
        recorder.Reset();
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(options.Duration);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var total = recorder.Total;
        stop.Cancel();
        await Task.WhenAll(workers);

        var (p50, p99, p999, max) = recorder.Percentiles();
        var rate = total / elapsed.TotalSeconds;
        Console.WriteLine($"{name,-34} {rate,12:N0} writes/s   p50 {p50 / 1000,7:N2} ms   p99 {p99 / 1000,7:N2} ms   p99.9 {p999 / 1000,7:N2} ms   max {max / 1000,7:N1} ms");
        return rate;
    }

    private static byte[] State(int n) => Encoding.UTF8.GetBytes($$"""{"Value":{{n}}}""");

    private static byte[] Event(int n) => Encoding.UTF8.GetBytes($$"""{"By":1,"Value":{{n}}}""");

    private sealed class StorageWriter(PostgresGrainStorage storage, string key)
    {
        private readonly GrainStateKey _key = new("bench", key, "state");
        private readonly StreamId _stream = new("bench", key);
        private string? _etag;

        public async Task WriteAsync(int n) =>
            _etag = (await storage.WriteAsync(_key, State(n), _etag, [], [new EventToAppend(_stream, "Counted", Event(n))], CancellationToken.None)).ETag;
    }

    /// <summary>The same rows written by hand: a version-checked upsert, the stream head, the event; one transaction.</summary>
    private sealed class RawWriter(NpgsqlDataSource dataSource, string key)
    {
        private long _version;

        public async Task WriteAsync(int n)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction);
            var upsert = new NpgsqlBatchCommand("""
                INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, modified_at)
                VALUES ('raw', $1, 'state', $2::jsonb, $3 + 1, now())
                ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
                SET payload = excluded.payload, version = grain_state.version + 1, modified_at = excluded.modified_at
                WHERE grain_state.version = $3
                RETURNING version
                """);
            upsert.Parameters.Add(new NpgsqlParameter { Value = key });
            upsert.Parameters.Add(new NpgsqlParameter { Value = Encoding.UTF8.GetString(State(n)) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = _version });
            var head = new NpgsqlBatchCommand("""
                INSERT INTO stream_head (stream_namespace, stream_key, last_sequence) VALUES ('raw', $1, 1)
                ON CONFLICT (stream_namespace, stream_key) DO UPDATE SET last_sequence = stream_head.last_sequence + 1
                RETURNING last_sequence
                """);
            head.Parameters.Add(new NpgsqlParameter { Value = key });
            var append = new NpgsqlBatchCommand("""
                INSERT INTO stream_event (stream_namespace, stream_key, sequence, event_type, payload, recorded_at)
                VALUES ('raw', $1, (SELECT last_sequence FROM stream_head WHERE stream_namespace = 'raw' AND stream_key = $1), 'Counted', $2::jsonb, now())
                """);
            append.Parameters.Add(new NpgsqlParameter { Value = key });
            append.Parameters.Add(new NpgsqlParameter { Value = Encoding.UTF8.GetString(Event(n)) });
            batch.BatchCommands.Add(upsert);
            batch.BatchCommands.Add(head);
            batch.BatchCommands.Add(append);
            await using (var reader = await batch.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                _version = reader.GetInt64(0);
            }

            await transaction.CommitAsync();
        }
    }
}
