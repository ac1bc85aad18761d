using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// The endpoint accepts WebSocket upgrades without <c>app.UseWebSockets()</c>, yet honours the
/// application's <c>WebSocketOptions</c>: an origin outside <c>AllowedOrigins</c> is refused with 403,
/// whether the options come from DI or from the application's own WebSocket middleware.
/// </summary>
public sealed class WebSocketOriginTests
{
    private const string Allowed = "https://app.example";

    [Fact]
    public async Task Allowed_origins_configured_in_di_refuse_other_origins()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureServices: services =>
            services.Configure<WebSocketOptions>(options => options.AllowedOrigins.Add(Allowed)));

        Assert.Equal(HttpStatusCode.Forbidden, await UpgradeStatusAsync(server, "https://evil.example"));
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await UpgradeStatusAsync(server, Allowed));
    }

    [Fact]
    public async Task The_applications_own_websocket_middleware_keeps_its_allowed_origins()
    {
        await using var server = await GraphQLTestServer.StartAsync(beforeMap: app =>
        {
            var options = new WebSocketOptions();
            options.AllowedOrigins.Add(Allowed);
            app.UseWebSockets(options);
        });

        Assert.Equal(HttpStatusCode.Forbidden, await UpgradeStatusAsync(server, "https://evil.example"));
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await UpgradeStatusAsync(server, Allowed));
    }

    private static async Task<HttpStatusCode> UpgradeStatusAsync(GraphQLTestServer server, string origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(TransportWsClient.SubProtocol);
        socket.Options.SetRequestHeader("Origin", origin);
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await socket.ConnectAsync(server.WebSocketUri, timeout.Token);
        }
        catch (WebSocketException)
        {
            // The refused handshake: the status code tells why.
        }

        return socket.HttpStatusCode;
    }
}
