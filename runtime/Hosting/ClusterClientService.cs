using Actors.Runtime.Client;
using Microsoft.Extensions.Hosting;

namespace Actors.Runtime.Hosting;

/// <summary>Connects the cluster client when the host starts (the host does not serve before a gateway welcomed it) and disconnects it when the host stops.</summary>
internal sealed class ClusterClientService(ClusterClient client) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => client.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await client.DisposeAsync();
}
