using Actors.Runtime.Client;
using Actors.Runtime.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Hosting;

public static class ActorsClientServiceCollectionExtensions
{
    /// <summary>
    /// Runs a cluster client in this host (a process that calls the cluster's grains without running any): it connects
    /// to the gateways when the host starts and registers <see cref="IGrainFactory"/>. Add the grain interfaces and the
    /// membership table through the returned builder.
    /// </summary>
    public static ActorsClientBuilder AddActorsClient(this IServiceCollection services, Action<ClusterClientOptions>? configure = null)
    {
        var options = new ClusterClientOptions();
        configure?.Invoke(options);
        options.Validate();
        var manifest = new GrainManifest();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ClusterClient(
            options,
            sp.GetRequiredService<IMembershipTable>(),
            manifest,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(static sp => sp.GetRequiredService<ClusterClient>().GrainFactory);
        services.AddHostedService<ClusterClientService>();
        return new ActorsClientBuilder(services, manifest, options);
    }
}
