using Actors.Runtime.Persistence;
using Npgsql;

namespace Actors.Runtime.Clustering.Postgres;

/// <summary>
/// The grain directory of one cluster in PostgreSQL (table <c>grain_directory</c>, migration 0005): one row
/// per grain, whose primary key makes the first registration win. Every silo has its own instance on the same
/// database; several clusters may share the table, and each instance sees only the rows of its cluster id.
/// </summary>
public sealed class PostgresGrainDirectory : IGrainDirectory
{
    // How often a registration tries again when the winner it lost to was gone before it could read it. Each
    // retry needs another registration to commit and be removed within the few milliseconds between two
    // statements, so reaching the limit means something keeps churning the grain, not bad luck.
    private const int MaxRegisterAttempts = 10;

    private const string GrainKey = "cluster_id = @cluster_id AND grain_type = @grain_type AND grain_key = @grain_key";

    private const string LookupSql = $"SELECT silo, activation_id FROM grain_directory WHERE {GrainKey}";

    // Claims the grain if no row holds it. When another transaction holds an uncommitted row for the grain
    // the insert waits for it, and if that one commits, does nothing and returns no row.
    private const string InsertSql = """
        INSERT INTO grain_directory (cluster_id, grain_type, grain_key, silo, activation_id)
        VALUES (@cluster_id, @grain_type, @grain_key, @silo, @activation_id)
        ON CONFLICT (cluster_id, grain_type, grain_key) DO NOTHING
        RETURNING silo, activation_id
        """;

    // Removes one activation and nothing newer: a row matches only with its silo and its activation id.
    private const string DeleteActivationSql = $"""
        DELETE FROM grain_directory WHERE {GrainKey} AND silo = @silo AND activation_id = @activation_id
        """;

    private const string DeleteSiloSql = "DELETE FROM grain_directory WHERE cluster_id = @cluster_id AND silo = @silo";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _clusterId;

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this directory.</param>
    /// <param name="clusterId">The cluster whose registrations this directory reads and writes.</param>
    public PostgresGrainDirectory(NpgsqlDataSource dataSource, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ClusterArguments.RequireClusterId(clusterId, nameof(clusterId));
        _dataSource = dataSource;
        _clusterId = clusterId;
    }

    public async Task<GrainAddress?> LookupAsync(GrainId grain, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        await using var command = _dataSource.CreateCommand(LookupSql);
        AddGrain(command, grain);
        return await ReadAddressAsync(command, grain, cancellationToken);
    }

    public async Task<GrainAddress> RegisterAsync(GrainAddress address, GrainAddress? replace, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireAddress(address, nameof(address));
        if (replace is { } replaced && replaced.Grain != address.Grain)
        {
            throw new ArgumentException(
                $"The activation to replace ({replaced}) is not one of grain {address.Grain}.", nameof(replace));
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        for (var attempt = 1; attempt <= MaxRegisterAttempts; attempt++)
        {
            // READ COMMITTED: each statement below reads a snapshot of its own, taken when it starts. That is
            // what makes the separate SELECT see a winner the INSERT waited for; one statement (an INSERT in a
            // WITH and a SELECT of the table) would read the snapshot from before that winner committed.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (replace is { } old)
            {
                // In the transaction of the insert, so the grain is never without a row in between: while the
                // deleted row is uncommitted, every other registration's insert waits on it, then sees ours.
                await using var delete = new NpgsqlCommand(DeleteActivationSql, connection, transaction);
                AddActivation(delete, old);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var insert = new NpgsqlCommand(InsertSql, connection, transaction))
            {
                AddActivation(insert, address);
                if (await ReadAddressAsync(insert, address.Grain, cancellationToken) is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return address;
                }
            }

            await using (var lookup = new NpgsqlCommand(LookupSql, connection, transaction))
            {
                AddGrain(lookup, address.Grain);
                var winner = await ReadAddressAsync(lookup, address.Grain, cancellationToken);

                // Lost: change nothing, not even the delete (it matched nothing, or the insert would have won).
                await transaction.RollbackAsync(cancellationToken);
                if (winner is { } registered)
                {
                    return registered;
                }
            }

            // The winner was unregistered between the insert and the select: the grain is free again.
        }

        throw new InvalidOperationException(
            $"Grain {address.Grain} was registered and removed again {MaxRegisterAttempts} times while {address} " +
            "tried to register; giving up.");
    }

    public async Task UnregisterAsync(GrainAddress address, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireAddress(address, nameof(address));
        await using var command = _dataSource.CreateCommand(DeleteActivationSql);
        AddActivation(command, address);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> UnregisterSiloAsync(SiloAddress silo, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireSilo(silo, nameof(silo));
        await using var command = _dataSource.CreateCommand(DeleteSiloSql);
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        command.Parameters.AddWithValue("silo", silo.ToString());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddGrain(NpgsqlCommand command, GrainId grain)
    {
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        command.Parameters.AddWithValue("grain_type", grain.Type);
        command.Parameters.AddWithValue("grain_key", grain.Key);
    }

    private void AddActivation(NpgsqlCommand command, GrainAddress address)
    {
        AddGrain(command, address.Grain);
        command.Parameters.AddWithValue("silo", address.Silo.ToString());
        command.Parameters.AddWithValue("activation_id", address.ActivationId);
    }

    /// <summary>The address in the one row (silo, activation_id) <paramref name="command"/> returns, or null when it returns none.</summary>
    private static async Task<GrainAddress?> ReadAddressAsync(NpgsqlCommand command, GrainId grain, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new GrainAddress(grain, SiloAddress.Parse(reader.GetString(0)), reader.GetGuid(1));
    }
}
