using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Actors.Runtime.Networking;

/// <summary>
/// The HTTP application Kestrel requires to start. A <see cref="FrameListener"/>'s connection middleware never
/// passes a connection on to HTTP, so nothing here is ever called.
/// </summary>
internal sealed class UnusedHttpApplication : IHttpApplication<object>
{
    public object CreateContext(IFeatureCollection contextFeatures) =>
        throw new InvalidOperationException("A frame listener serves no HTTP requests.");

    public Task ProcessRequestAsync(object context) =>
        throw new InvalidOperationException("A frame listener serves no HTTP requests.");

    public void DisposeContext(object context, Exception? exception)
    {
    }
}
