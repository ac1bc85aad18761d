using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Actors.Runtime.Hosting;

public static class PostgresStreamReaderServiceCollectionExtensions
{
    /// <summary>
    /// Reads streams from PostgreSQL in a process that is not a silo (a GraphQL gateway): registers
    /// <see cref="IStreamReader"/>, whose live readers learn of new events from the notifications the silos' writes
    /// send, and the hosted listener that hears them (it starts and stops with the host and holds one connection).
    /// The database must be migrated (<see cref="Postgres.RuntimeSchema"/>); the events are read through the
    /// registered <see cref="NpgsqlDataSource"/>, created here when there is none. A silo must not call this: it
    /// registers its own reader.
    /// </summary>
    public static IServiceCollection AddPostgresStreamReader(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (services.Any(d => d.ServiceType == typeof(IStreamReader)))
        {
            throw new InvalidOperationException("A stream reader is already registered; a silo (AddActors) reads streams through its own runtime.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.TryAddSingleton<StreamNotifier>();
        services.AddSingleton(static sp => new LiveStreams(
            new PostgresEventStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IStreamReader>(static sp => sp.GetRequiredService<LiveStreams>());
        services.AddSingleton(sp =>
        {
            var streams = sp.GetRequiredService<LiveStreams>();
            return new PostgresStreamListener(
                connectionString,
                sp.GetRequiredService<StreamNotifier>(),
                streams.Notify,
                streams.Resynchronize,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PostgresStreamListener>>());
        });
        services.AddHostedService(static sp => sp.GetRequiredService<PostgresStreamListener>());
        return services;
    }
}
