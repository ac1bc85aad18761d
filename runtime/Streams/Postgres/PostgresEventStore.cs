using Actors.Runtime.Persistence;
using Npgsql;

namespace Actors.Runtime.Streams.Postgres;

/// <summary>
/// Reads the events that <see cref="Persistence.Postgres.PostgresGrainStorage"/> appended (tables
/// <c>stream_event</c> and <c>stream_head</c>, migration 0002), keeps subscriber checkpoints in
/// <c>stream_checkpoint</c>, which only ever move forward, and explicit subscriptions in
/// <c>stream_subscription</c> (migration 0003).
/// </summary>
/// <remarks>Payloads come back as the same JSON value that was appended, normalised by <c>jsonb</c>.</remarks>
public sealed class PostgresEventStore : IEventStore
{
    private const string ReadSql = """
        SELECT sequence, event_type, payload, recorded_at FROM stream_event
        WHERE stream_namespace = @namespace AND stream_key = @key AND sequence > @after
        ORDER BY sequence
        LIMIT @max_count
        """;

    private const string LastSequenceSql = """
        SELECT last_sequence FROM stream_head WHERE stream_namespace = @namespace AND stream_key = @key
        """;

    private const string ReadCheckpointSql = """
        SELECT sequence FROM stream_checkpoint
        WHERE subscriber = @subscriber AND stream_namespace = @namespace AND stream_key = @key
        """;

    private const string WriteCheckpointSql = """
        INSERT INTO stream_checkpoint AS c (subscriber, stream_namespace, stream_key, sequence)
        VALUES (@subscriber, @namespace, @key, @sequence)
        ON CONFLICT (subscriber, stream_namespace, stream_key)
            DO UPDATE SET sequence = EXCLUDED.sequence WHERE c.sequence < EXCLUDED.sequence
        """;

    private const string ReadBehindSql = """
        SELECT s.subscriber, h.stream_namespace, h.stream_key
        FROM unnest(@subscriber, @namespace) AS s(subscriber, stream_namespace)
        JOIN stream_head AS h ON h.stream_namespace = s.stream_namespace
        LEFT JOIN stream_checkpoint AS c
          ON c.subscriber = s.subscriber AND c.stream_namespace = h.stream_namespace AND c.stream_key = h.stream_key
        WHERE h.last_sequence > COALESCE(c.sequence, 0)
        ORDER BY s.subscriber COLLATE "C", h.stream_namespace COLLATE "C", h.stream_key COLLATE "C"
        """;

    private const string InsertSubscriptionSql = """
        INSERT INTO stream_subscription (stream_namespace, stream_key, subscriber_type, subscriber_key, created_at)
        VALUES (@namespace, @key, @subscriber_type, @subscriber_key, @created_at)
        ON CONFLICT (stream_namespace, stream_key, subscriber_type, subscriber_key) DO NOTHING
        """;

    // A subscriber that already has a checkpoint keeps it: subscribing again must not replay or skip events.
    private const string InsertCheckpointSql = """
        INSERT INTO stream_checkpoint (subscriber, stream_namespace, stream_key, sequence)
        VALUES (@subscriber, @namespace, @key, @sequence)
        ON CONFLICT (subscriber, stream_namespace, stream_key) DO NOTHING
        """;

    private const string DeleteSubscriptionSql = """
        DELETE FROM stream_subscription
        WHERE stream_namespace = @namespace AND stream_key = @key
          AND subscriber_type = @subscriber_type AND subscriber_key = @subscriber_key
        """;

    private const string DeleteCheckpointSql = """
        DELETE FROM stream_checkpoint
        WHERE subscriber = @subscriber AND stream_namespace = @namespace AND stream_key = @key
        """;

    private const string ReadSubscriptionsSql = """
        SELECT stream_namespace, stream_key, subscriber_type, subscriber_key FROM stream_subscription
        ORDER BY stream_namespace COLLATE "C", stream_key COLLATE "C", subscriber_type COLLATE "C", subscriber_key COLLATE "C"
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this store.</param>
    public PostgresEventStore(NpgsqlDataSource dataSource)
        : this(dataSource, TimeProvider.System)
    {
    }

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this store.</param>
    /// <param name="time">The clock that stamps when a subscription was created.</param>
    public PostgresEventStore(NpgsqlDataSource dataSource, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(time);
        _dataSource = dataSource;
        _time = time;
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(
        StreamId stream, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireSequence(afterSequence, nameof(afterSequence));
        StorageArguments.RequireMaxCount(maxCount, nameof(maxCount));
        await using var command = _dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        command.Parameters.AddWithValue("after", afterSequence);
        command.Parameters.AddWithValue("max_count", (long)maxCount);
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(
                stream,
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetFieldValue<byte[]>(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return events;
    }

    public async Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        await using var command = _dataSource.CreateCommand(LastSequenceSql);
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : 0;
    }

    public async Task<long> ReadCheckpointAsync(string subscriber, StreamId stream, CancellationToken cancellationToken)
    {
        StorageArguments.RequireText(subscriber, nameof(subscriber), "subscriber name");
        StorageArguments.RequireStream(stream, nameof(stream));
        await using var command = _dataSource.CreateCommand(ReadCheckpointSql);
        command.Parameters.AddWithValue("subscriber", subscriber);
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        return await command.ExecuteScalarAsync(cancellationToken) is long sequence ? sequence : 0;
    }

    public async Task WriteCheckpointAsync(string subscriber, StreamId stream, long sequence, CancellationToken cancellationToken)
    {
        StorageArguments.RequireText(subscriber, nameof(subscriber), "subscriber name");
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireSequence(sequence, nameof(sequence));
        await using var command = _dataSource.CreateCommand(WriteCheckpointSql);
        command.Parameters.AddWithValue("subscriber", subscriber);
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        command.Parameters.AddWithValue("sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(string Subscriber, StreamId Stream)>> ReadBehindAsync(
        IReadOnlyList<(string Subscriber, string Namespace)> subscribers, CancellationToken cancellationToken)
    {
        var distinct = StorageArguments.RequireSubscribers(subscribers, nameof(subscribers));
        if (distinct.Count == 0)
        {
            return [];
        }

        await using var command = _dataSource.CreateCommand(ReadBehindSql);
        command.Parameters.Add(new NpgsqlParameter<string[]>("subscriber", [.. distinct.Select(s => s.Subscriber)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("namespace", [.. distinct.Select(s => s.Namespace)]));
        var behind = new List<(string, StreamId)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            behind.Add((reader.GetString(0), new StreamId(reader.GetString(1), reader.GetString(2))));
        }

        return behind;
    }

    public async Task SubscribeAsync(StreamId stream, GrainId subscriber, long afterSequence, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireGrain(subscriber, nameof(subscriber));
        StorageArguments.RequireSequence(afterSequence, nameof(afterSequence));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var subscription = new NpgsqlBatchCommand(InsertSubscriptionSql);
        AddSubscriptionParameters(subscription, stream, subscriber);
        subscription.Parameters.AddWithValue("created_at", _time.GetUtcNow());
        var checkpoint = new NpgsqlBatchCommand(InsertCheckpointSql);
        AddCheckpointParameters(checkpoint, stream, subscriber);
        checkpoint.Parameters.AddWithValue("sequence", afterSequence);
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { subscription, checkpoint } })
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken)
    {
        StorageArguments.RequireStream(stream, nameof(stream));
        StorageArguments.RequireGrain(subscriber, nameof(subscriber));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var subscription = new NpgsqlBatchCommand(DeleteSubscriptionSql);
        AddSubscriptionParameters(subscription, stream, subscriber);

        // The checkpoint goes even when the subscription was already gone, so that a later subscription
        // of the same grain starts where it asks to, not where an earlier one stopped.
        var checkpoint = new NpgsqlBatchCommand(DeleteCheckpointSql);
        AddCheckpointParameters(checkpoint, stream, subscriber);
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { subscription, checkpoint } })
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return subscription.RecordsAffected > 0;
    }

    public async Task<IReadOnlyList<(StreamId Stream, GrainId Subscriber)>> ReadSubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ReadSubscriptionsSql);
        var subscriptions = new List<(StreamId, GrainId)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add((new StreamId(reader.GetString(0), reader.GetString(1)), new GrainId(reader.GetString(2), reader.GetString(3))));
        }

        return subscriptions;
    }

    private static void AddSubscriptionParameters(NpgsqlBatchCommand command, StreamId stream, GrainId subscriber)
    {
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
        command.Parameters.AddWithValue("subscriber_type", subscriber.Type);
        command.Parameters.AddWithValue("subscriber_key", subscriber.Key);
    }

    private static void AddCheckpointParameters(NpgsqlBatchCommand command, StreamId stream, GrainId subscriber)
    {
        command.Parameters.AddWithValue("subscriber", subscriber.ToString());
        command.Parameters.AddWithValue("namespace", stream.Namespace);
        command.Parameters.AddWithValue("key", stream.Key);
    }
}
