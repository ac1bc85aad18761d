using System.Diagnostics.Metrics;
using System.Reflection;
using Actors.Runtime.Activation;
using Actors.Runtime.Activation.History;
using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Postgres;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;
using Actors.Runtime.Persistence.Postgres;
using Actors.Runtime.Reminders;
using Actors.Runtime.Reminders.Memory;
using Actors.Runtime.Reminders.Postgres;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Memory;
using Actors.Runtime.Streams.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Actors.Runtime.Hosting;

/// <summary>Chooses the grains and the storage of a silo; returned by <c>AddActors</c>.</summary>
public sealed class ActorsBuilder(IServiceCollection services, GrainManifest manifest)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Adds the grain interfaces and grain classes generated in <paramref name="assembly"/>.</summary>
    public ActorsBuilder AddGrains(Assembly assembly)
    {
        manifest.AddAssembly(assembly);
        return this;
    }

    /// <summary>State, events and reminders in process memory: nothing survives the process.</summary>
    public ActorsBuilder UseMemoryStorage()
    {
        Services.AddSingleton<MemoryStore>();
        Services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, static (sp, _) =>
            new MemoryGrainStorage(sp.GetRequiredService<MemoryStore>(), sp.GetRequiredService<TimeProvider>()));
        Services.AddSingleton<IEventStore>(static sp => new MemoryEventStore(sp.GetRequiredService<MemoryStore>()));
        Services.AddSingleton<IReminderTable, MemoryReminderTable>();
        Services.TryAddSingleton<IActivationHistory, MemoryActivationHistory>();
        return this;
    }

    /// <summary>
    /// State, events and reminders in memory shared with the other silos of this process that are given the same
    /// <paramref name="store"/> and <paramref name="reminders"/> (an in-process cluster): nothing survives the process.
    /// </summary>
    public ActorsBuilder UseMemoryStorage(MemoryStore store, MemoryReminderTable reminders)
    {
        Services.AddSingleton(store);
        Services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, static (sp, _) =>
            new MemoryGrainStorage(sp.GetRequiredService<MemoryStore>(), sp.GetRequiredService<TimeProvider>()));
        Services.AddSingleton<IEventStore>(static sp => new MemoryEventStore(sp.GetRequiredService<MemoryStore>()));
        Services.AddSingleton<IReminderTable>(reminders);
        Services.TryAddSingleton<IActivationHistory, MemoryActivationHistory>();
        Services.AddHostedService(static sp => new MemoryStreamRelay(
            sp.GetRequiredService<MemoryStore>(),
            sp.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorage),
            () => sp.GetRequiredService<SiloRuntime>().Streams));
        return this;
    }

    /// <summary>
    /// State, events and reminders in PostgreSQL, through one <see cref="NpgsqlDataSource"/>. The schema
    /// must be migrated first (<see cref="Postgres.SchemaMigrator"/> with <see cref="Postgres.RuntimeSchema"/>).
    /// Writes notify the streams they append to, and a listener on one more connection hears the other
    /// processes' notifications, so that this silo's live readers and subscriber deliveries see events that
    /// other silos on the same database write.
    /// </summary>
    public ActorsBuilder UsePostgresStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        Services.TryAddSingleton<StreamNotifier>();
        Services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, static (sp, _) =>
            new PostgresGrainStorage(
                sp.GetRequiredService<NpgsqlDataSource>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<StreamNotifier>(),
                options: null,
                sp.GetService<IMeterFactory>(),
                sp.GetService<ILogger<PostgresGrainStorage>>()));
        Services.AddSingleton(sp =>
        {
            var streams = sp.GetRequiredService<SiloRuntime>().Streams;
            return new PostgresStreamListener(
                connectionString,
                sp.GetRequiredService<StreamNotifier>(),
                streams.OnNotified,
                streams.Resynchronize,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PostgresStreamListener>>());
        });
        Services.AddHostedService(static sp => sp.GetRequiredService<PostgresStreamListener>());
        Services.AddSingleton<IEventStore>(static sp => new PostgresEventStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        Services.AddSingleton<IReminderTable>(static sp => new PostgresReminderTable(sp.GetRequiredService<NpgsqlDataSource>()));
        Services.TryAddSingleton<IActivationHistory>(static sp => new PostgresActivationHistory(sp.GetRequiredService<NpgsqlDataSource>()));
        return this;
    }

    /// <summary>
    /// Runs the silo as a member of a cluster whose membership table and grain directory are <paramref name="membership"/>
    /// and <paramref name="directory"/> (in memory: silos in one process sharing the two instances). Without a call
    /// to a <c>Use…Clustering</c> method the silo runs on its own.
    /// </summary>
    public ActorsBuilder UseClustering(IMembershipTable membership, IGrainDirectory directory, Action<ClusterOptions>? configure = null)
    {
        var options = new ClusterOptions();
        configure?.Invoke(options);
        options.Validate();
        Services.AddSingleton(new ClusterSetup(options, membership, directory));
        return this;
    }

    /// <summary>
    /// Runs the silo as a member of the cluster <see cref="ClusterOptions.ClusterId"/> whose membership table and grain
    /// directory are in PostgreSQL (the runtime's schema, migrated first), through the same data source as the storage
    /// when there is one.
    /// </summary>
    public ActorsBuilder UsePostgresClustering(string connectionString, Action<ClusterOptions>? configure = null)
    {
        var options = new ClusterOptions();
        configure?.Invoke(options);
        return UsePostgresClustering(connectionString, options);
    }

    /// <inheritdoc cref="UsePostgresClustering(string, Action{ClusterOptions}?)"/>
    public ActorsBuilder UsePostgresClustering(string connectionString, ClusterOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        Services.AddSingleton(sp =>
        {
            var dataSource = sp.GetRequiredService<NpgsqlDataSource>();
            return new ClusterSetup(options, new PostgresMembershipTable(dataSource, options.ClusterId), new PostgresGrainDirectory(dataSource, options.ClusterId));
        });
        return this;
    }
}
