using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.Runtime.Networking;

/// <summary>
/// Accepts frame connections on a set of TCP endpoints. It hosts Kestrel's connection layer inside the runtime (a
/// server of its own, not the application's web server): each inbound connection on an endpoint becomes a
/// <see cref="FrameConnection"/> (with <see cref="FrameConnection.IsInbound"/> set) served by that endpoint's handler,
/// and never reaches HTTP. Disposing stops listening and closes every inbound connection.
/// </summary>
internal sealed class FrameListener : IAsyncDisposable
{
    private readonly KestrelServer _server;
    private readonly FrameConnectionOptions _options;
    private readonly ILogger _logger;
    private readonly ILogger _connectionLogger;
    private readonly ConcurrentDictionary<FrameConnection, byte> _connections = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposing;

    private FrameListener(KestrelServer server, FrameConnectionOptions options, ILoggerFactory loggerFactory)
    {
        _server = server;
        _options = options;
        _logger = loggerFactory.CreateLogger<FrameListener>();
        _connectionLogger = loggerFactory.CreateLogger<FrameConnection>();
    }

    /// <summary>The addresses actually listened on (a free port where 0 was asked for), in the order the endpoints were given.</summary>
    public IReadOnlyList<IPEndPoint> BoundEndPoints { get; private set; } = [];

    /// <summary>The inbound connections still open.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Binds every endpoint and starts accepting; throws (binding nothing) if any endpoint cannot be bound.</summary>
    public static async Task<FrameListener> StartAsync(IReadOnlyList<FrameEndpoint> endpoints, FrameConnectionOptions options,
        ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentOutOfRangeException.ThrowIfZero(endpoints.Count);
        options.Validate();

        var kestrelOptions = new KestrelServerOptions { AddServerHeader = false };
        var transportOptions = new SocketTransportOptions
        {
            NoDelay = true,
            MaxReadBufferSize = options.InputBufferBytes,
            MaxWriteBufferSize = options.OutputBufferBytes,
        };
        var server = new KestrelServer(Options.Create(kestrelOptions),
            new SocketTransportFactory(Options.Create(transportOptions), loggerFactory), loggerFactory);
        var listener = new FrameListener(server, options, loggerFactory);

        var listens = new List<ListenOptions>(endpoints.Count);
        foreach (var endpoint in endpoints)
        {
            ArgumentNullException.ThrowIfNull(endpoint);
            var handler = endpoint.Handler;
            kestrelOptions.Listen(endpoint.EndPoint, listen =>
            {
                // Kestrel puts HTTP at the end of the chain; this middleware never calls it.
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(_ => context => listener.ServeAsync(context, handler));
                listens.Add(listen);
            });
        }

        try
        {
            await server.StartAsync(new UnusedHttpApplication(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        listener.BoundEndPoints = listens.Select(listen => listen.IPEndPoint!).ToArray();
        foreach (var bound in listener.BoundEndPoints)
        {
            NetworkingLog.Listening(listener._logger, bound);
        }

        return listener;
    }

    /// <summary>Stops listening, closes every inbound connection and waits for their <see cref="FrameConnection.Completion"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposing, 1) != 0)
        {
            await _stopped.Task.ConfigureAwait(false);
            return;
        }

        try
        {
            var closed = _connections.Count;
            CloseAll();
            using (var grace = new CancellationTokenSource(_options.CloseTimeout))
            {
                try
                {
                    await _server.StopAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Kestrel aborted the connections that outlived the grace period.
                }
            }

            CloseAll();
            await Task.WhenAll(_connections.Keys.Select(connection => connection.Completion)).ConfigureAwait(false);
            _server.Dispose();
            NetworkingLog.StoppedListening(_logger, string.Join(", ", BoundEndPoints), closed);
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private void CloseAll()
    {
        foreach (var connection in _connections.Keys)
        {
            connection.Close();
        }
    }

    /// <summary>Kestrel's connection middleware: serves one inbound connection until it ends.</summary>
    private async Task ServeAsync(ConnectionContext context, IFrameHandler handler)
    {
        NetworkingLog.Accepted(_connectionLogger, context.RemoteEndPoint, context.LocalEndPoint);
        var connection = FrameConnection.Start(context, ownsTransport: false, isInbound: true, handler, _options, _connectionLogger);
        _connections.TryAdd(connection, 0);
        if (Volatile.Read(ref _disposing) != 0)
        {
            connection.Close();
        }

        // Kestrel asks its connections to close when it stops.
        var lifetime = context.Features.Get<IConnectionLifetimeNotificationFeature>();
        using var registration = lifetime?.ConnectionClosedRequested.UnsafeRegister(
            static state => ((FrameConnection)state!).Close(), connection) ?? default;
        try
        {
            await connection.Completion.ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
        }
    }
}
