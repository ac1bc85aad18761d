using System.Net;
using System.Net.Sockets;
using Actors.Runtime.Networking;
using Microsoft.Extensions.Logging.Abstractions;

namespace Actors.Runtime.Tests.Networking;

/// <summary>The listener: free ports, a handler per endpoint, and what disposing it ends.</summary>
public sealed class FrameListenerTests
{
    [Fact]
    public async Task Each_endpoint_gets_a_free_port_and_serves_its_own_handler()
    {
        var first = new RecordingHandler();
        var second = new RecordingHandler();
        await using var listener = await FrameListener.StartAsync(
            [new FrameEndpoint(new IPEndPoint(IPAddress.Loopback, 0), first), new FrameEndpoint(new IPEndPoint(IPAddress.Loopback, 0), second)],
            new FrameConnectionOptions(), NullLoggerFactory.Instance, CancellationToken.None).WaitAsync(FramePair.Patience);

        Assert.Equal(2, listener.BoundEndPoints.Count);
        Assert.All(listener.BoundEndPoints, bound => Assert.NotEqual(0, bound.Port));
        Assert.NotEqual(listener.BoundEndPoints[0].Port, listener.BoundEndPoints[1].Port);
        await using var toFirst = await Connect(listener.BoundEndPoints[0].Port);
        await using var toSecond = await Connect(listener.BoundEndPoints[1].Port);
        Assert.True(toFirst.TrySend(new TestFrame(1, 5)));
        Assert.True(toSecond.TrySend(new TestFrame(2, 5)));

        await first.WhenReceived(1);
        await second.WhenReceived(1);
        Assert.Equal(1, Assert.Single(first.Frames).Kind);
        Assert.Equal(2, Assert.Single(second.Frames).Kind);
        Assert.True((await first.FirstConnection).IsInbound);
        Assert.Equal(listener.BoundEndPoints[1].Port, ((IPEndPoint)(await second.FirstConnection).LocalEndPoint!).Port);
    }

    [Fact]
    public async Task Disposing_the_listener_ends_its_inbound_connections_and_stops_listening()
    {
        var pair = await FramePair.StartAsync();
        var port = pair.Listener.BoundEndPoints[0].Port;

        await pair.Listener.DisposeAsync().AsTask().WaitAsync(FramePair.Patience);

        Assert.True(pair.Server.Completion.IsCompleted);
        Assert.Equal(0, pair.Listener.ConnectionCount);
        Assert.Single(pair.ServerHandler.Closings);
        Assert.Null(await pair.ClientHandler.Closed.WaitAsync(FramePair.Patience));
        Assert.True(pair.Client.IsClosed);
        await Assert.ThrowsAsync<SocketException>(() => Connect(port));
        await pair.DisposeAsync();
    }

    private static Task<FrameConnection> Connect(int port) =>
        FrameConnection.ConnectAsync("127.0.0.1", port, new RecordingHandler(), new FrameConnectionOptions(),
            NullLogger.Instance, CancellationToken.None).WaitAsync(FramePair.Patience);
}
