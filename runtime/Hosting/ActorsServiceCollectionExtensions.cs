using System.Diagnostics.Metrics;
using Actors.Runtime.Activation;
using Actors.Runtime.Reminders;
using Actors.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Hosting;

public static class ActorsServiceCollectionExtensions
{
    /// <summary>
    /// Runs a silo in this host: the grain runtime starts with the host and, when the host stops,
    /// deactivates every activation. Add grains and storage through the returned builder.
    /// </summary>
    public static ActorsBuilder AddActors(this IServiceCollection services, Action<RuntimeOptions>? configure = null)
    {
        if (services.Any(d => d.ServiceType == typeof(IStreamReader)))
        {
            throw new InvalidOperationException(
                "A stream reader is already registered (AddPostgresStreamReader?); a silo reads streams through its own runtime.");
        }

        var options = new RuntimeOptions();
        configure?.Invoke(options);
        options.Validate();
        var manifest = new GrainManifest();

        services.AddSingleton(options);
        services.AddSingleton(manifest);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(static sp => new SiloRuntime(
            sp,
            sp.GetRequiredService<GrainManifest>(),
            sp.GetRequiredService<RuntimeOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IEventStore>(),
            sp.GetRequiredService<IReminderTable>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>(),
            sp.GetService<Clustering.ClusterSetup>()));
        services.AddSingleton(static sp => sp.GetRequiredService<SiloRuntime>().GrainFactory);
        services.AddSingleton<IStreamProvider>(static sp => sp.GetRequiredService<SiloRuntime>().Streams);
        services.AddSingleton<IStreamReader>(static sp => sp.GetRequiredService<SiloRuntime>().Streams);
        services.AddHostedService<SiloService>();
        return new ActorsBuilder(services, manifest);
    }
}
