using Actors.Runtime.Clustering;
using Npgsql;

namespace Actors.Runtime.Activation.History;

/// <summary>The activation history in PostgreSQL (table <c>grain_activation</c>, migration 0006): one row per activation.</summary>
public sealed class PostgresActivationHistory(NpgsqlDataSource dataSource) : IActivationHistory
{
    private const string ActivatedSql = """
        INSERT INTO grain_activation (activation_id, grain_type, grain_key, silo, activated_at)
        VALUES (@activation_id, @grain_type, @grain_key, @silo, @at)
        ON CONFLICT (activation_id) DO NOTHING
        """;

    private const string DeactivatedSql = "UPDATE grain_activation SET deactivated_at = @at WHERE activation_id = @activation_id";

    private const string ReadSql = """
        SELECT grain_key, silo, activation_id, activated_at, deactivated_at
        FROM grain_activation WHERE grain_type = @grain_type ORDER BY activated_at, activation_id
        """;

    public async Task RecordActivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ActivatedSql);
        command.Parameters.AddWithValue("activation_id", activation.ActivationId);
        command.Parameters.AddWithValue("grain_type", activation.Grain.Type);
        command.Parameters.AddWithValue("grain_key", activation.Grain.Key);
        command.Parameters.AddWithValue("silo", activation.Silo.ToString());
        command.Parameters.AddWithValue("at", at.UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordDeactivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DeactivatedSql);
        command.Parameters.AddWithValue("activation_id", activation.ActivationId);
        command.Parameters.AddWithValue("at", at.UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ActivationRecord>> ReadAsync(string grainType, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue("grain_type", grainType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<ActivationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var address = new GrainAddress(new GrainId(grainType, reader.GetString(0)), SiloAddress.Parse(reader.GetString(1)), reader.GetGuid(2));
            records.Add(new ActivationRecord(
                address,
                new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero),
                reader.IsDBNull(4) ? null : new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }

        return records;
    }
}
