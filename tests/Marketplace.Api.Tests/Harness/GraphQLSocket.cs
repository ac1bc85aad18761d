using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace Marketplace.Api.Tests.Harness;

/// <summary>
/// A graphql-transport-ws client over a real <see cref="ClientWebSocket"/>: connection_init (with a bearer token),
/// subscribe, and the server's messages per operation id as they arrive.
/// </summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, Channel<JsonElement>> _operations = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Why the server closed the socket, once it did.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<GraphQLSocket> ConnectAsync(Uri graphQLAddress, string? token)
    {
        var socket = new GraphQLSocket();
        socket._socket.Options.AddSubProtocol("graphql-transport-ws");
        var address = new UriBuilder(graphQLAddress) { Scheme = graphQLAddress.Scheme == "https" ? "wss" : "ws" }.Uri;
        await socket._socket.ConnectAsync(address, CancellationToken.None);
        await socket.SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        var ack = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
        if (ack?.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"No connection_ack: {ack?.ToString() ?? socket._socket.CloseStatus?.ToString()}");
        }

        socket._receiving = socket.ReceiveLoopAsync();
        return socket;
    }

    /// <summary>Starts a subscription; its messages (next, error, complete) arrive on the returned reader.</summary>
    public async Task<ChannelReader<JsonElement>> SubscribeAsync(string query, object? variables = null)
    {
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var messages = Channel.CreateUnbounded<JsonElement>();
        lock (_operations)
        {
            _operations[id] = messages;
        }

        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        return messages.Reader;
    }

    /// <summary>The next message of an operation, or a failure after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> NextAsync(ChannelReader<JsonElement> operation, TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await operation.ReadAsync(wait.Token);
    }

    /// <summary>Closes the socket as a client should (close frame, then the server's answer), or aborts it after 5 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server went first.
            }
        }

        _stop.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _receiving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Aborted after the wait, or the connection dropped: either way it is over.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        while (await ReceiveAsync(Timeout.InfiniteTimeSpan) is { } message)
        {
            if (message.TryGetProperty("id", out var id) && id.GetString() is { } operation)
            {
                Channel<JsonElement>? messages;
                lock (_operations)
                {
                    _operations.TryGetValue(operation, out messages);
                }

                messages?.Writer.TryWrite(message);
            }
            else if (message.GetProperty("type").GetString() == "ping")
            {
                await SendAsync(new { type = "pong" });
            }
        }
    }

    private async Task SendAsync(object message) =>
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, _stop.Token);

    private async Task<JsonElement?> ReceiveAsync(TimeSpan timeout)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        wait.CancelAfter(timeout);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, wait.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                return document.RootElement.Clone();
            }
        }
    }
}
