using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// A raw graphql-transport-ws client on <see cref="ClientWebSocket"/>: sends JSON messages as written by
/// the test, and reads messages and the close frame, each within a timeout so a broken server fails the
/// test instead of hanging it.
/// </summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;

    private TransportWsClient(ClientWebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    /// <summary>Opens a socket asking for <paramref name="subProtocols"/> (by default graphql-transport-ws).</summary>
    public static async Task<TransportWsClient> ConnectAsync(Uri uri, params string[] subProtocols)
    {
        var socket = new ClientWebSocket();
        foreach (var subProtocol in subProtocols.Length == 0 ? [SubProtocol] : subProtocols)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        using var timeout = new CancellationTokenSource(_timeout);
        await socket.ConnectAsync(uri, timeout.Token);
        return new TransportWsClient(socket);
    }

    /// <summary>Opens a socket without any subprotocol.</summary>
    public static async Task<TransportWsClient> ConnectWithoutSubProtocolAsync(Uri uri)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(_timeout);
        await socket.ConnectAsync(uri, timeout.Token);
        return new TransportWsClient(socket);
    }

    /// <summary>Connects and acknowledges: sends <c>connection_init</c>, expects <c>connection_ack</c> and returns it.</summary>
    public static async Task<(TransportWsClient Client, JsonElement Ack)> ConnectAndInitAsync(Uri uri, string init = """{"type":"connection_init"}""")
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync(init);
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return (client, ack);
    }

    public async Task SendAsync(string json)
    {
        using var timeout = new CancellationTokenSource(_timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message; fails the test if the server closes the socket instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (type, text) = await ReceiveRawAsync();
        Assert.True(type != WebSocketMessageType.Close, $"Expected a message, but the server closed the socket with {(int?)_socket.CloseStatus} \"{_socket.CloseStatusDescription}\".");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The next message's text as it came over the socket.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        var (type, text) = await ReceiveRawAsync();
        Assert.True(type != WebSocketMessageType.Close, $"Expected a message, but the server closed the socket with {(int?)_socket.CloseStatus} \"{_socket.CloseStatusDescription}\".");
        return text;
    }

    /// <summary>The next message of type <paramref name="type"/>, skipping keep-alive pings.</summary>
    public async Task<JsonElement> ReceiveAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            var actual = message.GetProperty("type").GetString();
            if (actual == type)
            {
                return message;
            }

            Assert.True(actual == "ping", $"Expected a '{type}' message but received {message}.");
        }
    }

    /// <summary>Reads until the server's close frame (failing on any message before it), answers it, and returns code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (type, text) = await ReceiveRawAsync();
        Assert.True(type == WebSocketMessageType.Close, $"Expected the server to close the socket, but it sent {text}.");
        using var timeout = new CancellationTokenSource(_timeout);
        if (_socket.State == WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        return ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription);
    }

    /// <summary>Closes the socket normally, as a client that is done.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveRawAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
            {
                return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }
}
