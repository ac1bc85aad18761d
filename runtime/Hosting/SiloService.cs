using Actors.Runtime.Activation;
using Microsoft.Extensions.Hosting;

namespace Actors.Runtime.Hosting;

/// <summary>Starts the silo's runtime with the host and stops it gracefully with the host.</summary>
internal sealed class SiloService(SiloRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync();
}
