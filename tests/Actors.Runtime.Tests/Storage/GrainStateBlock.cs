using Npgsql;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// Holds a SHARE lock on grain_state in an open transaction, so that every state write waits until the
/// block is disposed. Tests use it to line up writes behind one another and into one batch without
/// depending on timing.
/// </summary>
public sealed class GrainStateBlock : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private GrainStateBlock(NpgsqlDataSource dataSource, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _dataSource = dataSource;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<GrainStateBlock> TakeAsync(NpgsqlDataSource dataSource)
    {
        var connection = await dataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE grain_state IN SHARE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new GrainStateBlock(dataSource, connection, transaction);
    }

    /// <summary>Returns once another session of this database is waiting for a lock (a write stuck behind the block).</summary>
    public async Task WaitUntilAWriterWaitsAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using var command = _dataSource.CreateCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
            if ((long)(await command.ExecuteScalarAsync(timeout.Token))! > 0)
            {
                return;
            }

            // Polls a condition; the test proceeds as soon as it holds, whatever the timing.
            await Task.Delay(5, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
