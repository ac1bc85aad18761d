using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static Actors.GraphQL.Transport.WebSockets.GraphQLTransportWsProtocol;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade on the GraphQL endpoint. A client that asks for the
/// <c>graphql-transport-ws</c> subprotocol gets a <see cref="GraphQLTransportWsSession"/>; any other
/// (none, or the legacy <c>graphql-ws</c>) is accepted and closed at once with
/// 4406 "Subprotocol not acceptable", so the client learns why instead of seeing a failed handshake.
/// </summary>
internal sealed class GraphQLTransportWsHandler(GraphQLServerOptions options, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan _closeHandshakeTimeout = TimeSpan.FromSeconds(5);

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            await RefuseSubprotocolAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        await new GraphQLTransportWsSession(socket, context, options, time, logger).RunAsync();
    }

    private async Task RefuseSubprotocolAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        TransportLog.SocketClosed(logger, context.Request.Path, CloseCodes.SubprotocolNotAcceptable, CloseReasons.SubprotocolNotAcceptable);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(_closeHandshakeTimeout);
        try
        {
            // Sends the close frame and waits for the client's, ignoring anything it sends before.
            await socket.CloseAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, CloseReasons.SubprotocolNotAcceptable, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The client left without completing the close handshake.
        }
    }
}
