using System.Net;
using Actors.Runtime.Networking;
using Microsoft.Extensions.Logging.Abstractions;

namespace Actors.Runtime.Tests.Networking;

/// <summary>
/// A listener on a free loopback port and one client connected to it over real TCP, with both ends' connections
/// and handlers: the client introduces itself with a hello frame so the server's end is known.
/// </summary>
internal sealed class FramePair : IAsyncDisposable
{
    /// <summary>How long a test waits for anything before it fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private FramePair(FrameListener listener, FrameConnection client, FrameConnection server,
        RecordingHandler clientHandler, RecordingHandler serverHandler)
    {
        Listener = listener;
        Client = client;
        Server = server;
        ClientHandler = clientHandler;
        ServerHandler = serverHandler;
    }

    public FrameListener Listener { get; }

    public FrameConnection Client { get; }

    public FrameConnection Server { get; }

    public RecordingHandler ClientHandler { get; }

    public RecordingHandler ServerHandler { get; }

    public static async Task<FramePair> StartAsync(RecordingHandler? serverHandler = null, RecordingHandler? clientHandler = null,
        FrameConnectionOptions? options = null)
    {
        serverHandler ??= new RecordingHandler();
        clientHandler ??= new RecordingHandler();
        options ??= new FrameConnectionOptions();
        var listener = await FrameListener.StartAsync([new FrameEndpoint(new IPEndPoint(IPAddress.Loopback, 0), serverHandler)],
            options, NullLoggerFactory.Instance, CancellationToken.None).WaitAsync(Patience);
        var port = listener.BoundEndPoints[0].Port;
        var client = await FrameConnection.ConnectAsync("127.0.0.1", port, clientHandler, options,
            NullLogger.Instance, CancellationToken.None).WaitAsync(Patience);
        Assert.True(client.TrySend(new TestFrame(RecordingHandler.HelloKind, 0)));
        var server = await serverHandler.FirstConnection.WaitAsync(Patience);
        return new FramePair(listener, client, server, clientHandler, serverHandler);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync().AsTask().WaitAsync(Patience);
        await Listener.DisposeAsync().AsTask().WaitAsync(Patience);
    }
}
