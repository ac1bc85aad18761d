using System.Globalization;
using Actors.Runtime.Persistence;
using Npgsql;

namespace Actors.Runtime.Reminders.Postgres;

/// <summary>
/// Durable reminders in PostgreSQL (table <c>reminder</c>, migration 0001). The ETag is the row's
/// version, drawn from the sequence <c>reminder_version</c> (migration 0002) on every upsert, so it
/// changes on each update and is never handed out twice.
/// </summary>
public sealed class PostgresReminderTable : IReminderTable
{
    private const string Columns = "grain_type, grain_key, name, due_at, period, version";

    private const string UpsertSql = $"""
        INSERT INTO reminder AS r (grain_type, grain_key, name, due_at, period, version)
        VALUES (@grain_type, @grain_key, @name, @due_at, @period, nextval('reminder_version'))
        ON CONFLICT (grain_type, grain_key, name)
            DO UPDATE SET due_at = EXCLUDED.due_at, period = EXCLUDED.period, version = EXCLUDED.version
        RETURNING {Columns}
        """;

    private const string MoveSql = $"""
        UPDATE reminder SET due_at = @due_at, version = nextval('reminder_version')
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND name = @name AND version = @version
        RETURNING {Columns}
        """;

    private const string RemoveSql = """
        DELETE FROM reminder
        WHERE grain_type = @grain_type AND grain_key = @grain_key AND name = @name
          AND (@any_version OR version = @version)
        """;

    private const string ReadSql = $"""
        SELECT {Columns} FROM reminder WHERE grain_type = @grain_type AND grain_key = @grain_key AND name = @name
        """;

    private const string ReadForGrainSql = $"""
        SELECT {Columns} FROM reminder WHERE grain_type = @grain_type AND grain_key = @grain_key
        ORDER BY name COLLATE "C"
        """;

    private const string ReadDueSql = $"""
        SELECT {Columns} FROM reminder WHERE due_at <= @until
        ORDER BY due_at, grain_type COLLATE "C", grain_key COLLATE "C", name COLLATE "C"
        """;

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this table.</param>
    public PostgresReminderTable(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    public async Task<ReminderEntry> UpsertAsync(
        GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        StorageArguments.RequirePeriod(period, nameof(period));
        await using var command = _dataSource.CreateCommand(UpsertSql);
        AddKey(command, grain, name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("due_at", StorageTime.Truncate(dueAt)));
        command.Parameters.Add(new NpgsqlParameter("period", NpgsqlTypes.NpgsqlDbType.Interval)
        {
            Value = period is { } value ? StorageTime.Truncate(value) : DBNull.Value,
        });
        return (await ReadEntriesAsync(command, cancellationToken))[0];
    }

    public async Task<ReminderEntry?> MoveAsync(GrainId grain, string name, DateTimeOffset dueAt, string eTag, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        ArgumentNullException.ThrowIfNull(eTag);
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null; // not an ETag this table handed out, so it matches no reminder
        }

        await using var command = _dataSource.CreateCommand(MoveSql);
        AddKey(command, grain, name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("due_at", StorageTime.Truncate(dueAt)));
        command.Parameters.AddWithValue("version", version);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<bool> RemoveAsync(GrainId grain, string name, string? eTag, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        long version = 0;
        if (eTag is not null && !long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return false; // not an ETag this table handed out, so it matches no reminder
        }

        await using var command = _dataSource.CreateCommand(RemoveSql);
        AddKey(command, grain, name);
        command.Parameters.AddWithValue("any_version", eTag is null);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<ReminderEntry?> ReadAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        await using var command = _dataSource.CreateCommand(ReadSql);
        AddKey(command, grain, name);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grain, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        await using var command = _dataSource.CreateCommand(ReadForGrainSql);
        command.Parameters.AddWithValue("grain_type", grain.Type);
        command.Parameters.AddWithValue("grain_key", grain.Key);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ReadDueSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("until", until.ToUniversalTime()));
        return await ReadEntriesAsync(command, cancellationToken);
    }

    private static void AddKey(NpgsqlCommand command, GrainId grain, string name)
    {
        command.Parameters.AddWithValue("grain_type", grain.Type);
        command.Parameters.AddWithValue("grain_key", grain.Key);
        command.Parameters.AddWithValue("name", name);
    }

    private static async Task<List<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<TimeSpan>(4),
                reader.GetInt64(5).ToString(CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
