using Actors.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Marketplace.Api.Gateway;

/// <summary>
/// The GraphQL gateway as its own process: the marketplace's api (<c>/graphql</c>) over a cluster client that finds the
/// silos' gateways in the PostgreSQL membership table and reads grain event streams from PostgreSQL for the live
/// subscriptions. It runs no grains; it needs the silos' database (<c>ConnectionStrings:Postgres</c>), the cluster id
/// (<c>Cluster:ClusterId</c>) and, to accept tokens another gateway or silo issued, the same <c>Auth:SigningKey</c>.
/// </summary>
public static partial class GatewayHost
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitConfigurationError = 2;

    public const string ConnectionStringKey = "ConnectionStrings:Postgres";
    public const string ClusterIdKey = "Cluster:ClusterId";

    /// <summary>The address the gateway listens on when <c>Urls</c> is not set.</summary>
    public const string DefaultUrls = "http://localhost:5100";

    /// <summary>Builds the gateway; throws <see cref="ArgumentException"/> naming the key of a missing or bad setting.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.UseUtcTimestamp = true;
        });
        if (string.IsNullOrEmpty(builder.Configuration["Urls"]))
        {
            builder.Configuration["Urls"] = DefaultUrls;
        }

        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException(
                $"{ConnectionStringKey} is required: the gateway finds the silos in their PostgreSQL database, e.g. --{ConnectionStringKey}=\"Host=localhost;Username=postgres;Database=marketplace\".",
                ConnectionStringKey);
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{ConnectionStringKey} is not a valid PostgreSQL connection string: {ex.Message}", ConnectionStringKey);
        }

        var clusterId = builder.Configuration[ClusterIdKey] ?? "default";
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddActorsClient(options => options.ClusterId = clusterId)
            .AddGrainInterfaces(typeof(DomainException).Assembly)
            .UsePostgresClustering(connectionString);
        builder.Services.AddPostgresStreamReader(connectionString);
        builder.Services.AddMarketplaceApi(builder.Configuration);

        var app = builder.Build();
        app.MapMarketplaceApi();
        app.MapGet("/health/live", () => Results.Json(new { status = "Healthy" }));
        LogGateway(app.Logger, clusterId);
        return app;
    }

    /// <summary>Runs the gateway until Ctrl+C or SIGTERM; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message.Split(" (Parameter", 2)[0]}");
            return ExitConfigurationError;
        }

        await using (app)
        {
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL gateway of cluster {ClusterId}: a cluster client of its silos")]
    private static partial void LogGateway(ILogger logger, string clusterId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The gateway stopped on an error: {Reason}")]
    private static partial void LogStartFailed(ILogger logger, string reason);
}
