using Actors.Runtime.Postgres;

namespace Marketplace.Silo.Postgres;

/// <summary>Applies pending migrations at startup, before the silo serves requests.</summary>
public sealed class SchemaMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        migrator.ApplyAsync(DatabaseSchema.Migrations, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
