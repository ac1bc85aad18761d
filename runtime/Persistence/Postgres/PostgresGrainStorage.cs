using System.Diagnostics.Metrics;
using System.Globalization;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Actors.Runtime.Persistence.Postgres;

/// <summary>
/// Grain storage in PostgreSQL (table <c>grain_state</c>, migration 0001; events in <c>stream_event</c>,
/// migration 0002; entries in <c>grain_state_entry</c>, migration 0004). The ETag is the row's version, from
/// a sequence that never hands one out twice. A write, its entry changes and its events commit in one
/// transaction, the events numbered per stream without gaps. Concurrent writes are grouped into shared
/// statements (group commit, see <see cref="PostgresGrainStorageOptions"/>), each keeping its own ETag
/// check. <see cref="ClearAsync"/> deletes the row with its entries and returns the empty ETag,
/// which (like null) tells a later write that no record exists. A batch that appends events also notifies the
/// streams it touched on the PostgreSQL channel <c>actors_streams</c>, in its transaction, so that live readers in
/// other processes (other silos, gateways) learn of the events when they commit.
/// </summary>
/// <remarks>
/// Payloads are stored as <c>jsonb</c>, so a read returns the same JSON value, not the same bytes:
/// PostgreSQL normalises whitespace and the order of object members. A write's cancellation token
/// withdraws it only while it waits for its batch; once its batch has started, the call reports the real
/// outcome, so a cancelled call never hides a committed write.
/// </remarks>
public sealed class PostgresGrainStorage : IGrainStorage, IAsyncDisposable
{
    // One statement, so one snapshot: the entries read are exactly those of the state version read.
    private const string ReadSql = """
        SELECT NULL::text AS entry_name, NULL::text AS entry_key, NULL::bigint AS position, version, payload
        FROM grain_state
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name
        UNION ALL
        SELECT entry_name, entry_key, position, NULL, payload
        FROM grain_state_entry
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND state_name = @state_name
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly Meter? _ownMeter;
    private readonly StateWriteQueue _queue;

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this storage.</param>
    /// <param name="timeProvider">The clock that stamps rows and events.</param>
    /// <param name="options">How writes are batched; the defaults when null.</param>
    /// <param name="meterFactory">Where the storage's meter comes from; a meter of its own when null.</param>
    /// <param name="logger">Where batch failures and retries are logged.</param>
    public PostgresGrainStorage(
        NpgsqlDataSource dataSource,
        TimeProvider timeProvider,
        PostgresGrainStorageOptions? options = null,
        IMeterFactory? meterFactory = null,
        ILogger<PostgresGrainStorage>? logger = null)
        : this(dataSource, timeProvider, new StreamNotifier(), options, meterFactory, logger)
    {
    }

    /// <summary>The storage of a silo, whose stream notifications carry <paramref name="notifier"/>'s id so that its own listener skips them.</summary>
    /// <inheritdoc cref="PostgresGrainStorage(NpgsqlDataSource, TimeProvider, PostgresGrainStorageOptions?, IMeterFactory?, ILogger{PostgresGrainStorage}?)"/>
    internal PostgresGrainStorage(
        NpgsqlDataSource dataSource,
        TimeProvider timeProvider,
        StreamNotifier notifier,
        PostgresGrainStorageOptions? options,
        IMeterFactory? meterFactory,
        ILogger<PostgresGrainStorage>? logger)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options ??= new PostgresGrainStorageOptions();
        options.Validate();
        _dataSource = dataSource;
        Meter meter;
        if (meterFactory is null)
        {
            meter = _ownMeter = new Meter(StateWriteQueue.MeterName);
        }
        else
        {
            meter = meterFactory.Create(StateWriteQueue.MeterName);
        }

        _queue = new StateWriteQueue(dataSource, timeProvider, options, notifier, meter, logger ?? NullLogger<PostgresGrainStorage>.Instance);
    }

    public async Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        await using var command = _dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue("grain_type", key.GrainType);
        command.Parameters.AddWithValue("grain_key", key.GrainKey);
        command.Parameters.AddWithValue("state_name", key.StateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        byte[]? payload = null;
        long version = 0;
        var entries = new List<StoredEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(0))
            {
                version = reader.GetInt64(3);
                payload = reader.GetFieldValue<byte[]>(4);
            }
            else
            {
                entries.Add(new StoredEntry(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(4)));
            }
        }

        if (payload is null)
        {
            return null;
        }

        entries.Sort(StoredEntry.Compare);
        return new StoredState(payload, version.ToString(CultureInfo.InvariantCulture), entries);
    }

    public Task<StateWriteResult> WriteAsync(
        GrainStateKey key, ReadOnlyMemory<byte> payload, string? expectedETag, IReadOnlyList<EntryChange> entries,
        IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        StorageArguments.RequireJson(payload.Span, nameof(payload), $"state payload of {key}");
        var entryCopies = StorageArguments.RequireEntries(entries, nameof(entries));
        var copies = StorageArguments.RequireEvents(events, nameof(events));
        return SubmitAsync(new PendingStateWrite(key, payload.ToArray(), expectedETag, entryCopies, copies), cancellationToken);
    }

    public Task<StateWriteResult> ClearAsync(
        GrainStateKey key, string? expectedETag, IReadOnlyList<EventToAppend> events, CancellationToken cancellationToken)
    {
        StorageArguments.RequireKey(key, nameof(key));
        var copies = StorageArguments.RequireEvents(events, nameof(events));
        return SubmitAsync(new PendingStateWrite(key, null, expectedETag, [], copies), cancellationToken);
    }

    /// <summary>Stops taking writes and commits those already queued; the data source stays open.</summary>
    public async ValueTask DisposeAsync()
    {
        await _queue.DisposeAsync();
        _ownMeter?.Dispose();
    }

    private async Task<StateWriteResult> SubmitAsync(PendingStateWrite write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _queue.Enqueue(write);
        await using var registration = cancellationToken.Register(static state =>
        {
            var (pending, token) = ((PendingStateWrite, CancellationToken))state!;
            if (pending.TryCancel())
            {
                pending.Completion.TrySetCanceled(token);
            }
        }, (write, cancellationToken));
        return await write.Completion.Task;
    }
}
