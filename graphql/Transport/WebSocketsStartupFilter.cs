using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Actors.GraphQL.Transport;

/// <summary>
/// Puts the WebSocket middleware first in the pipeline. It only adds the upgrade feature when none is
/// there yet, so an application that also calls <c>UseWebSockets()</c> is unaffected.
/// </summary>
internal sealed class WebSocketsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWebSockets();
        next(app);
    };
}
