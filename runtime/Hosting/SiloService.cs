using Actors.Runtime.Activation;
using Microsoft.Extensions.Hosting;

namespace Actors.Runtime.Hosting;

/// <summary>
/// Starts the silo's runtime with the host and stops it gracefully with the host. A silo that its cluster declared
/// dead stops its host: it no longer owns its grains, and whoever runs it must start a new one.
/// </summary>
internal sealed class SiloService(SiloRuntime runtime, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        runtime.DeclaredDead = () =>
        {
            lifetime.StopApplication();
            return Task.CompletedTask;
        };
        return runtime.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync();
}
