using Actors.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Actors.Runtime.Tests.Storage;

/// <summary>Opens a data source on a test database and brings it to the runtime's newest schema.</summary>
public static class PostgresStorageDatabase
{
    public static async Task<NpgsqlDataSource> OpenMigratedAsync(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).ApplyAsync(RuntimeSchema.Migrations);
        return dataSource;
    }
}
