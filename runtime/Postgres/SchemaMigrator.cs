using Microsoft.Extensions.Logging;
using Npgsql;

namespace Actors.Runtime.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to the newest schema of every registered component.
/// </summary>
/// <remarks>
/// All work happens in one transaction that first takes a transaction-scoped advisory lock, so two
/// silos starting at the same moment apply each script once: the second waits for the first, then
/// finds nothing left to do. The table <c>schema_version</c> records what ran, with a checksum; a
/// script that changed after it was applied stops the migration with an error naming it.
/// </remarks>
public sealed partial class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    /// <summary>The advisory lock key every migrator of this schema agrees on ("actors.schema").</summary>
    public const long AdvisoryLockKey = 0x6163746f72732e73;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            component   text        NOT NULL,
            version     integer     NOT NULL,
            name        text        NOT NULL,
            checksum    text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (component, version)
        )
        """;

    /// <summary>Applies every migration not yet recorded, in order; returns those it applied.</summary>
    public async Task<IReadOnlyList<SchemaMigration>> ApplyAsync(
        IEnumerable<SchemaMigration> migrations, CancellationToken cancellationToken = default)
    {
        var ordered = migrations.OrderBy(m => m.Component, StringComparer.Ordinal).ThenBy(m => m.Version).ToList();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = new NpgsqlCommand(CreateVersionTable, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = await ReadAppliedAsync(connection, transaction, cancellationToken);
        var newlyApplied = new List<SchemaMigration>();
        foreach (var migration in ordered)
        {
            if (applied.TryGetValue((migration.Component, migration.Version), out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new SchemaMigrationException(
                        $"Migration {migration.Component} {migration.Version:D4}_{migration.Name} was changed after it " +
                        "was applied to this database (checksum differs). Add a new migration instead of editing one.");
                }

                continue;
            }

            await ApplyOneAsync(connection, transaction, migration, cancellationToken);
            newlyApplied.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);

        if (newlyApplied.Count == 0)
        {
            LogUpToDate(logger, ordered.Count);
        }

        foreach (var migration in newlyApplied)
        {
            LogApplied(logger, migration.Component, migration.Version, migration.Name);
        }

        return newlyApplied;
    }

    /// <summary>Reads what <c>schema_version</c> records, or nothing when the table does not exist yet.</summary>
    public async Task<IReadOnlyList<(string Component, int Version, string Name)>> ReadHistoryAsync(
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            "SELECT component, version, name FROM schema_version ORDER BY component, version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<(string, int, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return history;
    }

    private static async Task<Dictionary<(string, int), string>> ReadAppliedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT component, version, checksum FROM schema_version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<(string, int), string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        }

        return applied;
    }

    private static async Task ApplyOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemaMigration migration,
        CancellationToken cancellationToken)
    {
        try
        {
            await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await script.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_version (component, version, name, checksum) VALUES (@component, @version, @name, @checksum)",
                connection, transaction);
            record.Parameters.AddWithValue("component", migration.Component);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("checksum", migration.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new SchemaMigrationException(
                $"Migration {migration.Component} {migration.Version:D4}_{migration.Name} failed: {ex.MessageText}", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Component} {Version:D4}_{Name}")]
    private static partial void LogApplied(ILogger logger, string component, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Count} migrations)")]
    private static partial void LogUpToDate(ILogger logger, int count);
}
