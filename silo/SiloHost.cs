using Actors.Runtime.Hosting;
using Actors.Runtime.Postgres;
using Marketplace.Api;
using Marketplace.Grains.Hosting;
using Marketplace.Silo.Configuration;
using Marketplace.Silo.Demo;
using Marketplace.Silo.Health;
using Marketplace.Silo.Postgres;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Npgsql;

namespace Marketplace.Silo;

/// <summary>Builds and runs the silo: the Generic Host with Kestrel, storage, health endpoints.</summary>
public static partial class SiloHost
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitConfigurationError = 2;

    /// <summary>
    /// Builds the silo from command-line configuration: the marketplace's grains, and its GraphQL api at
    /// <c>/graphql</c>. Throws <see cref="ConfigurationError"/> before anything starts when a setting is wrong.
    /// <paramref name="configureServices"/> runs last (tests put their clock there).
    /// </summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = CreateBuilder(args);
        var storage = StorageSettings.From(builder.Configuration);
        var marketplace = MarketplaceSettings.From(builder.Configuration, storage.Provider);
        var cluster = ClusterSettings.From(builder.Configuration, storage.Provider);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(TimeProvider.System);

        var health = builder.Services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [HealthTags.Ready]);
        if (storage.Provider == StorageProvider.Postgres)
        {
            AddPostgres(builder.Services, storage.PostgresConnectionString!);
            builder.Services.AddHostedService<SchemaMigrationService>(); // before the runtime starts
            health.AddCheck<PostgresHealthCheck>("storage", tags: [HealthTags.Ready]);
        }

        var actors = builder.Services.AddActors(options => RuntimeSettings.Bind(builder.Configuration, options))
            .AddGrains(typeof(DomainException).Assembly)
            .AddGrains(typeof(MarketplaceGrainOptions).Assembly);
        _ = storage.Provider == StorageProvider.Postgres
            ? actors.UsePostgresStorage(storage.PostgresConnectionString!)
            : actors.UseMemoryStorage();
        if (cluster.Enabled)
        {
            actors.UsePostgresClustering(storage.PostgresConnectionString!, cluster.Options);
        }

        builder.Services.AddMarketplaceGrains(options => options.PasswordIterations = marketplace.PasswordIterations);
        builder.Services.AddMarketplaceApi(builder.Configuration);
        if (marketplace.SeedDemo)
        {
            builder.Services.AddHostedService<DemoSeeder>(); // after the runtime's own hosted service: the silo is up
        }

        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapMarketplaceApi();

        // Live: the process answers. Ready: started, and its storage answers.
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });

        LogStorage(app.Logger, storage.Describe());
        LogCluster(app.Logger, cluster.Describe());
        return app;
    }

    /// <summary>Runs the silo until Ctrl+C or SIGTERM; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        try
        {
            await app.RunAsync();
            return ExitOk;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStartFailed(app.Logger, ex.Message);
            return ExitFailure;
        }
    }

    /// <summary>The <c>migrate</c> command: applies every pending migration, then exits.</summary>
    public static async Task<int> MigrateAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder(args);
        var storage = StorageSettings.From(builder.Configuration);
        if (storage.PostgresConnectionString is null)
        {
            throw new ConfigurationError(StorageSettings.ConnectionStringKey,
                $"the migrate command needs {StorageSettings.ConnectionStringKey}, " +
                "e.g. --ConnectionStrings:Postgres=\"Host=localhost;Username=postgres;Database=marketplace\".");
        }

        AddPostgres(builder.Services, storage.PostgresConnectionString);
        await using var app = builder.Build();
        try
        {
            var migrator = app.Services.GetRequiredService<SchemaMigrator>();
            await migrator.ApplyAsync(DatabaseSchema.Migrations, cancellationToken);
            return ExitOk;
        }
        catch (Exception ex) when (ex is NpgsqlException or SchemaMigrationException)
        {
            LogMigrationFailed(app.Logger, ex.Message);
            return ExitFailure;
        }
    }

    private static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json sits beside the program, whatever the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.UseUtcTimestamp = true;
        });
        return builder;
    }

    private static void AddPostgres(IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<SchemaMigrator>();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster: {Cluster}")]
    private static partial void LogCluster(ILogger logger, string cluster);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Storage}")]
    private static partial void LogStorage(ILogger logger, string storage);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The silo stopped on an error: {Reason}")]
    private static partial void LogStartFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Migration failed: {Reason}")]
    private static partial void LogMigrationFailed(ILogger logger, string reason);
}
