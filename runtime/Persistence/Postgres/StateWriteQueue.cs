using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Actors.Runtime.Streams.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Actors.Runtime.Persistence.Postgres;

/// <summary>
/// Group commit for <see cref="PostgresGrainStorage"/>: writes wait in a channel, and a few loops each
/// take whatever is queued (up to <see cref="PostgresGrainStorageOptions.MaxBatchSize"/>) and commit it as
/// one <see cref="StateWriteBatch"/>, so that many concurrent writers share round trips and transactions.
/// Under light load a write goes alone at once; under heavy load the batches grow.
/// </summary>
/// <remarks>
/// Each write still gets its own result: a failed ETag check fails that write alone. When PostgreSQL
/// refuses a whole batch (say, a payload that jsonb cannot hold), the batch is run again one write at a
/// time so that only the culprit fails. A batch that loses a deadlock is retried as a whole; nothing of it
/// was committed.
/// </remarks>
internal sealed partial class StateWriteQueue : IAsyncDisposable
{
    public const string MeterName = "Actors.Runtime.Storage";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly PostgresGrainStorageOptions _options;
    private readonly StreamNotifier _notifier;
    private readonly ILogger _logger;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Channel<PendingStateWrite> _channel =
        Channel.CreateUnbounded<PendingStateWrite>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });

    private readonly Task[] _loops;

    public StateWriteQueue(
        NpgsqlDataSource dataSource, TimeProvider timeProvider, PostgresGrainStorageOptions options, StreamNotifier notifier, Meter meter,
        ILogger logger)
    {
        _dataSource = dataSource;
        _timeProvider = timeProvider;
        _options = options;
        _notifier = notifier;
        _logger = logger;
        _batchSize = meter.CreateHistogram<int>(
            "actors.storage.write.batch_size", "{write}", "State writes committed together in one PostgreSQL statement.");
        _batchDuration = meter.CreateHistogram<double>(
            "actors.storage.write.batch_duration", "s", "Time to commit one batch of state writes to PostgreSQL.");
        _loops = new Task[options.ConcurrentBatches];
        for (var i = 0; i < _loops.Length; i++)
        {
            _loops[i] = Task.Run(DrainAsync);
        }
    }

    /// <summary>Queues <paramref name="write"/>; its <see cref="PendingStateWrite.Completion"/> reports the outcome.</summary>
    public void Enqueue(PendingStateWrite write)
    {
        if (!_channel.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(PostgresGrainStorage), "The PostgreSQL grain storage has been disposed.");
        }
    }

    /// <summary>Stops taking writes, commits those already queued, and waits for the loops to end.</summary>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await Task.WhenAll(_loops);
    }

    private async Task DrainAsync()
    {
        var reader = _channel.Reader;
        var batch = new List<PendingStateWrite>(_options.MaxBatchSize);
        var keys = new HashSet<GrainStateKey>();

        // Writes to a key already in the batch wait for the next one, in arrival order; a statement
        // must not touch one row twice.
        var deferred = new Queue<PendingStateWrite>();
        while (deferred.Count > 0 || await reader.WaitToReadAsync())
        {
            batch.Clear();
            keys.Clear();
            for (var n = deferred.Count; n > 0 && batch.Count < _options.MaxBatchSize; n--)
            {
                var write = deferred.Dequeue();
                if (keys.Add(write.Key))
                {
                    batch.Add(write);
                }
                else
                {
                    deferred.Enqueue(write);
                }
            }

            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var write))
            {
                if (!write.TryTake())
                {
                    continue; // its caller cancelled it while it waited
                }

                if (keys.Add(write.Key))
                {
                    batch.Add(write);
                }
                else
                {
                    deferred.Enqueue(write);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingStateWrite> batch)
    {
        var started = _timeProvider.GetTimestamp();
        var now = StorageTime.Now(_timeProvider);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync();
            StateWriteBatch.Outcome[] outcomes;
            try
            {
                outcomes = await ExecuteWithRetriesAsync(connection, batch, now);
            }
            catch (PostgresException ex) when (batch.Count > 1)
            {
                LogBatchRefused(_logger, batch.Count, ex.SqlState, ex.MessageText);
                await connection.CloseAsync();
                foreach (var write in batch)
                {
                    await CommitAsync([write]);
                }

                return;
            }

            _batchSize.Record(batch.Count);
            _batchDuration.Record(_timeProvider.GetElapsedTime(started).TotalSeconds);
            await CompleteAsync(connection, batch, outcomes, now);
        }
        catch (Exception ex)
        {
            LogBatchFailed(_logger, ex, batch.Count);
            foreach (var write in batch)
            {
                write.Completion.TrySetException(ex);
            }
        }
    }

    private async Task<StateWriteBatch.Outcome[]> ExecuteWithRetriesAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingStateWrite> batch, DateTimeOffset now)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StateWriteBatch.ExecuteAsync(connection, batch, now, _notifier, CancellationToken.None);
            }
            catch (PostgresException ex) when (
                ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                && attempt <= _options.DeadlockRetries)
            {
                LogBatchRetried(_logger, batch.Count, ex.SqlState, attempt);
            }
        }
    }

    private async Task CompleteAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingStateWrite> batch, StateWriteBatch.Outcome[] outcomes, DateTimeOffset now)
    {
        var storedETags = new string?[batch.Count];
        var storedKnown = true;
        var failed = Enumerable.Range(0, batch.Count).Where(i => !outcomes[i].Succeeded).ToArray();
        if (failed.Length > 0)
        {
            try
            {
                var stored = await StateWriteBatch.ReadStoredETagsAsync(
                    connection, [.. failed.Select(i => batch[i])], CancellationToken.None);
                for (var j = 0; j < failed.Length; j++)
                {
                    storedETags[failed[j]] = stored[j];
                }
            }
            catch (NpgsqlException ex)
            {
                // The batch is committed; only the wording of the conflicts suffers.
                LogStoredETagsUnread(_logger, ex);
                storedKnown = false;
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            var outcome = outcomes[i];
            if (!outcome.Succeeded)
            {
                write.Completion.TrySetException(
                    ETagConflict.Create(write.Operation, write.Key, storedETags[i], write.ExpectedETag, storedKnown));
                continue;
            }

            var events = new Streams.StoredEvent[write.Events.Length];
            for (var j = 0; j < events.Length; j++)
            {
                var e = write.Events[j];
                events[j] = new Streams.StoredEvent(e.Stream, outcome.Sequences[j], e.EventType, e.Payload, now);
            }

            var eTag = outcome.Version is { } version ? version.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            write.Completion.TrySetResult(new StateWriteResult(eTag, events));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "PostgreSQL refused a batch of {Count} state writes ({SqlState}: {Reason}); running them one by one")]
    private static partial void LogBatchRefused(ILogger logger, int count, string sqlState, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "A batch of {Count} state writes lost a deadlock or serialization check ({SqlState}); retry {Attempt}")]
    private static partial void LogBatchRetried(ILogger logger, int count, string sqlState, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} state writes failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the stored ETags of conflicting state writes")]
    private static partial void LogStoredETagsUnread(ILogger logger, Exception exception);
}
