using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static Actors.GraphQL.Transport.WebSockets.GraphQLTransportWsProtocol;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws socket, from the accepted upgrade to its close. Messages are handled one at a
/// time in arrival order; operations run concurrently, each on its own task; sends are serialized. The
/// connection must be acknowledged within <see cref="GraphQLServerOptions.ConnectionInitTimeout"/>.
/// A protocol violation closes the socket with its close code; the server then reads on until the
/// client's close frame (or a short grace period) so the close code reaches the client intact.
/// </summary>
internal sealed partial class GraphQLTransportWsSession
{
    private const int WaitingForInit = 0;
    private const int Acknowledged = 1;
    private const int InitTimedOut = 2;

    private static readonly TimeSpan _closeGracePeriod = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly GraphQLServerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _sessionEnd;
    private readonly CancellationTokenSource _receiveEnd;
    private readonly ConcurrentDictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _initReceived;
    private int _connectionState = WaitingForInit;
    private int _closing;
    private ClaimsPrincipal? _user;
    private IReadOnlyDictionary<string, object?> _contextData = new Dictionary<string, object?>();

    public GraphQLTransportWsSession(WebSocket socket, HttpContext httpContext, GraphQLServerOptions options, TimeProvider time, ILogger logger)
    {
        _socket = socket;
        _httpContext = httpContext;
        _options = options;
        _time = time;
        _logger = logger;
        _sessionEnd = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _receiveEnd = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
    }

    private bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Serves the socket until it closes; never throws for anything the client does.</summary>
    public async Task RunAsync()
    {
        Track(WatchConnectionInitAsync(_sessionEnd.Token));
        try
        {
            await ReceiveAsync();
        }
        catch (Exception exception) when (IsSocketGone(exception))
        {
            // The client went away without a close handshake, or did not answer ours in time.
        }
        finally
        {
            await _sessionEnd.CancelAsync();
            await Task.WhenAll(_running.Keys.Select(ObserveAsync));
            _sessionEnd.Dispose();
            _receiveEnd.Dispose();
            _sendLock.Dispose();
        }
    }

    private async Task ReceiveAsync()
    {
        var reader = new WebSocketMessageReader(_socket, _options.MaxRequestBodyBytes);
        while (true)
        {
            var received = await reader.ReadAsync(_receiveEnd.Token);
            if (received.Kind == ReceivedMessageKind.Close)
            {
                await AnswerCloseAsync();
                return;
            }

            if (IsClosing)
            {
                // The server closed the socket: read on until the client's close frame, ignoring the rest.
                continue;
            }

            if (received.Kind == ReceivedMessageKind.TooLarge)
            {
                await CloseAsync(CloseCodes.BadRequest, $"Message is larger than {_options.MaxRequestBodyBytes} bytes");
                continue;
            }

            try
            {
                await HandleAsync(received.Utf8);
            }
            catch (Exception) when (IsClosing)
            {
                // Closed meanwhile (e.g. the initialisation timeout cancelled the authorizer): read on to the close frame.
            }
            catch (Exception exception) when (!IsSocketGone(exception))
            {
                TransportLog.SocketFailed(_logger, exception, _httpContext.Request.Path);
                await CloseAsync(CloseCodes.InternalServerError, CloseReasons.InternalServerError);
            }
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        var message = ClientMessage.Parse(utf8, out var error);
        if (message is null)
        {
            await CloseAsync(CloseCodes.BadRequest, error!);
            return;
        }

        switch (message.Type)
        {
            case MessageTypes.ConnectionInit:
                await InitializeAsync(message);
                break;
            case MessageTypes.Ping:
                await SendAsync(ServerMessages.Pong(message.Payload));
                break;
            case MessageTypes.Pong:
                break;
            case MessageTypes.Subscribe:
                await SubscribeAsync(message);
                break;
            case MessageTypes.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Cancel();
                }

                break;
        }
    }

    private async Task InitializeAsync(ClientMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, CloseReasons.TooManyInitialisationRequests);
            return;
        }

        var result = _options.ConnectionInitAuthorizer is { } authorize
            ? await authorize(new ConnectionInitContext(_httpContext, message.Payload, _sessionEnd.Token))
            : ConnectionInitResult.Accept();
        if (!result.IsAccepted)
        {
            await CloseAsync(CloseCodes.Forbidden, CloseReasons.Forbidden);
            return;
        }

        if (Interlocked.CompareExchange(ref _connectionState, Acknowledged, WaitingForInit) != WaitingForInit)
        {
            return; // The initialisation timeout closed the socket meanwhile.
        }

        _user = result.User ?? _httpContext.User;
        _contextData = BuildContextData(message, result);
        await SendAsync(ServerMessages.ConnectionAck(result.AckPayload));
        if (_options.KeepAliveInterval > TimeSpan.Zero)
        {
            Track(KeepAliveAsync(_sessionEnd.Token));
        }

        if (result.ExpiresAt is { } expiresAt)
        {
            Track(ExpireAsync(expiresAt, _sessionEnd.Token));
        }
    }

    /// <summary>Closes the socket with 4403 when its authentication expires: no operation outlives its user's token.</summary>
    private async Task ExpireAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var remaining = expiresAt - _time.GetUtcNow();
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, _time, cancellationToken);
        }

        await CloseAsync(CloseCodes.Forbidden, CloseReasons.AuthenticationExpired);
    }

    private Dictionary<string, object?> BuildContextData(ClientMessage message, ConnectionInitResult result)
    {
        var data = new Dictionary<string, object?>
        {
            [GraphQLContextDataKeys.HttpContext] = _httpContext,
            [GraphQLContextDataKeys.Transport] = SubProtocol,
        };
        if (message.Payload is { } payload)
        {
            data[GraphQLContextDataKeys.ConnectionInitPayload] = payload;
        }

        foreach (var (key, value) in result.ContextData ?? new Dictionary<string, object?>())
        {
            data[key] = value;
        }

        return data;
    }

    private async Task WatchConnectionInitAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(_options.ConnectionInitTimeout, _time, cancellationToken);
        if (Interlocked.CompareExchange(ref _connectionState, InitTimedOut, WaitingForInit) == WaitingForInit)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, CloseReasons.ConnectionInitialisationTimeout);
        }
    }

    private async Task KeepAliveAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval, _time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await SendAsync(ServerMessages.Ping);
        }
    }

    /// <summary>Sends one message unless the socket is closing; false when it was not sent.</summary>
    private async Task<bool> SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sendLock.WaitAsync(_httpContext.RequestAborted);
        try
        {
            if (IsClosing || _socket.State != WebSocketState.Open)
            {
                return false;
            }

            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _httpContext.RequestAborted);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the socket with a protocol close code (once), and stops every operation and timer.</summary>
    private async Task CloseAsync(int closeCode, string reason)
    {
        await _sendLock.WaitAsync(_httpContext.RequestAborted);
        try
        {
            if (Interlocked.Exchange(ref _closing, 1) == 1)
            {
                return;
            }

            TransportLog.SocketClosed(_logger, _httpContext.Request.Path, closeCode, reason);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, LimitCloseReason(reason), _httpContext.RequestAborted);
            }
        }
        catch (Exception exception) when (IsSocketGone(exception))
        {
        }
        finally
        {
            _sendLock.Release();
        }

        _receiveEnd.CancelAfter(_closeGracePeriod);
        await _sessionEnd.CancelAsync();
    }

    /// <summary>The client closed the socket: answer its close frame (unless ours went first).</summary>
    private async Task AnswerCloseAsync()
    {
        await _sendLock.WaitAsync(_httpContext.RequestAborted);
        try
        {
            Interlocked.Exchange(ref _closing, 1);
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, _httpContext.RequestAborted);
            }
        }
        catch (Exception exception) when (IsSocketGone(exception))
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void Track(Task task)
    {
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(finished => _running.TryRemove(finished, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task;
        }
        catch
        {
            // Ended with the socket; failures were handled (and logged) where they happened.
        }
    }

    /// <summary>The close reason as at most 123 UTF-8 bytes, the limit of a close frame.</summary>
    private static string LimitCloseReason(string reason)
    {
        const int maxBytes = 123;
        if (Encoding.UTF8.GetByteCount(reason) <= maxBytes)
        {
            return reason;
        }

        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > maxBytes - 3)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(reason[length - 1]))
        {
            length--;
        }

        return string.Concat(reason.AsSpan(0, length), "...");
    }

    private static bool IsSocketGone(Exception exception) =>
        exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException;
}
