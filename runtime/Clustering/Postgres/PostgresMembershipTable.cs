using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using Actors.Runtime.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Actors.Runtime.Clustering.Postgres;

/// <summary>
/// The membership table of one cluster in PostgreSQL (tables <c>cluster_version</c> and <c>cluster_member</c>,
/// migration 0005). Every silo of the cluster has its own instance on the same database. An insert or update
/// moves the cluster's version row from the expected version to the next in the transaction that writes the
/// member row, so of writers that read the same version exactly one succeeds. Several clusters may share the
/// tables; each instance sees only the rows of its cluster id.
/// </summary>
public sealed class PostgresMembershipTable : IMembershipTable
{
    private const string MemberColumns =
        "host, port, generation, status, gateway_port, silo_name, host_name, suspicions, started_at, i_am_alive_at";

    private const string SiloKey = "cluster_id = @cluster_id AND host = @host AND port = @port AND generation = @generation";

    // A new cluster starts at version 0; concurrent first users of a cluster all succeed, one of them inserts.
    private const string EnsureVersionSql = """
        INSERT INTO cluster_version (cluster_id, version) VALUES (@cluster_id, 0)
        ON CONFLICT (cluster_id) DO NOTHING
        """;

    // One statement, so the version and the rows come from one snapshot: a reader never pairs a version with
    // rows of another. The left join yields one row of nulls when the cluster has no member yet. The order
    // is SiloAddress's (host by code point, port, generation).
    private const string ReadAllSql = """
        SELECT v.version, m.host, m.port, m.generation, m.status, m.gateway_port, m.silo_name, m.host_name,
               m.suspicions, m.started_at, m.i_am_alive_at
        FROM cluster_version v
        LEFT JOIN cluster_member m ON m.cluster_id = v.cluster_id
        WHERE v.cluster_id = @cluster_id
        ORDER BY m.host COLLATE "C", m.port, m.generation
        """;

    // The compare-and-swap of the version. Under READ COMMITTED a second writer of the same version waits
    // for the first's row lock, then re-checks the condition against the committed row and matches nothing.
    private const string BumpVersionSql = """
        UPDATE cluster_version SET version = version + 1
        WHERE cluster_id = @cluster_id AND version = @expected_version
        """;

    private const string InsertMemberSql = $"""
        INSERT INTO cluster_member (cluster_id, {MemberColumns})
        VALUES (@cluster_id, @host, @port, @generation, @status, @gateway_port, @silo_name, @host_name,
                @suspicions, @started_at, @i_am_alive_at)
        ON CONFLICT (cluster_id, host, port, generation) DO NOTHING
        """;

    private const string UpdateMemberSql = $"""
        UPDATE cluster_member
        SET status = @status, gateway_port = @gateway_port, silo_name = @silo_name, host_name = @host_name,
            suspicions = @suspicions, started_at = @started_at, i_am_alive_at = @i_am_alive_at
        WHERE {SiloKey}
        """;

    private const string UpdateIAmAliveSql = $"UPDATE cluster_member SET i_am_alive_at = @i_am_alive_at WHERE {SiloKey}";

    private const string DeleteDeadSql = """
        DELETE FROM cluster_member
        WHERE cluster_id = @cluster_id AND status = @dead AND i_am_alive_at < @before
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _clusterId;

    // Set once this instance has made sure the cluster's version row exists; nothing deletes that row.
    private volatile bool _versionRowExists;

    /// <param name="dataSource">The database, migrated with <see cref="Actors.Runtime.Postgres.RuntimeSchema"/>; not disposed by this table.</param>
    /// <param name="clusterId">The cluster whose rows this table reads and writes.</param>
    public PostgresMembershipTable(NpgsqlDataSource dataSource, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ClusterArguments.RequireClusterId(clusterId, nameof(clusterId));
        _dataSource = dataSource;
        _clusterId = clusterId;
    }

    public async Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        await EnsureVersionRowAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(ReadAllSql);
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long version = 0;
        var entries = new List<MembershipEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            version = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                entries.Add(ReadEntry(reader));
            }
        }

        return new MembershipSnapshot(version, entries.AsReadOnly());
    }

    public Task<bool> InsertAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireEntry(entry, nameof(entry));
        return WriteAsync(InsertMemberSql, ClusterArguments.Stored(entry), expectedVersion, cancellationToken);
    }

    public Task<bool> UpdateAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireEntry(entry, nameof(entry));
        return WriteAsync(UpdateMemberSql, ClusterArguments.Stored(entry), expectedVersion, cancellationToken);
    }

    public async Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireSilo(silo, nameof(silo));
        await using var command = _dataSource.CreateCommand(UpdateIAmAliveSql);
        AddSilo(command, silo);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("i_am_alive_at", StorageTime.Truncate(at)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteDeadAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // No version move: a dead silo's row says nothing any live silo still acts on, and a dead silo never
        // comes back under the same address (a restart is a new generation), so no view changes.
        await using var command = _dataSource.CreateCommand(DeleteDeadSql);
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        command.Parameters.AddWithValue("dead", (short)SiloStatus.Dead);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("before", StorageTime.Truncate(before)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Moves the version from <paramref name="expectedVersion"/> and runs <paramref name="writeSql"/> for the
    /// row in one transaction; commits only if both changed a row, and otherwise leaves everything as it was.
    /// </summary>
    private async Task<bool> WriteAsync(string writeSql, MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken)
    {
        await EnsureVersionRowAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The version first: its row lock orders the writers of this cluster, so the member write below
        // never races another writer that read the same version.
        await using (var bump = new NpgsqlCommand(BumpVersionSql, connection, transaction))
        {
            bump.Parameters.AddWithValue("cluster_id", _clusterId);
            bump.Parameters.AddWithValue("expected_version", expectedVersion);
            if (await bump.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await using (var write = new NpgsqlCommand(writeSql, connection, transaction))
        {
            AddSilo(write, entry.Silo);
            write.Parameters.AddWithValue("status", (short)entry.Status);
            write.Parameters.AddWithValue("gateway_port", entry.GatewayPort);
            write.Parameters.AddWithValue("silo_name", entry.SiloName);
            write.Parameters.AddWithValue("host_name", entry.HostName);
            write.Parameters.Add(new NpgsqlParameter("suspicions", NpgsqlDbType.Jsonb) { Value = WriteSuspicions(entry.Suspicions) });
            write.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("started_at", entry.StartedAt));
            write.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("i_am_alive_at", entry.IAmAliveAt));
            if (await write.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // The silo has a row already (insert) or has none (update): the version must not move either.
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task EnsureVersionRowAsync(CancellationToken cancellationToken)
    {
        if (_versionRowExists)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand(EnsureVersionSql);
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        _versionRowExists = true;
    }

    private void AddSilo(NpgsqlCommand command, SiloAddress silo)
    {
        command.Parameters.AddWithValue("cluster_id", _clusterId);
        command.Parameters.AddWithValue("host", silo.Host);
        command.Parameters.AddWithValue("port", silo.Port);
        command.Parameters.AddWithValue("generation", silo.Generation);
    }

    private static MembershipEntry ReadEntry(NpgsqlDataReader reader) => new()
    {
        Silo = new SiloAddress(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)),
        Status = (SiloStatus)reader.GetInt16(4),
        GatewayPort = reader.GetInt32(5),
        SiloName = reader.GetString(6),
        HostName = reader.GetString(7),
        Suspicions = ReadSuspicions(reader.GetString(8)),
        StartedAt = reader.GetFieldValue<DateTimeOffset>(9),
        IAmAliveAt = reader.GetFieldValue<DateTimeOffset>(10),
    };

    // [{"by": "host:port@generation", "at": "2025-09-15T08:00:00.123456+00:00"}, ...], oldest first.
    private static string WriteSuspicions(IReadOnlyList<Suspicion> suspicions)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var suspicion in suspicions)
            {
                writer.WriteStartObject();
                writer.WriteString("by", suspicion.By.ToString());
                writer.WriteString("at", suspicion.At);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ReadOnlyCollection<Suspicion> ReadSuspicions(string json)
    {
        using var document = JsonDocument.Parse(json);
        var suspicions = new List<Suspicion>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            suspicions.Add(new Suspicion(
                SiloAddress.Parse(element.GetProperty("by").GetString()!),
                element.GetProperty("at").GetDateTimeOffset().ToUniversalTime()));
        }

        return suspicions.AsReadOnly();
    }
}
