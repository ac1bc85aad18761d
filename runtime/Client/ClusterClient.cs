using System.Buffers;
using System.Collections.Concurrent;
using Actors.Runtime.Activation;
using Actors.Runtime.Clustering;
using Actors.Runtime.Hosting;
using Actors.Runtime.Messaging;
using Actors.Runtime.Networking;
using Actors.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Client;

/// <summary>
/// A process outside the cluster that calls its grains (Orleans' cluster client): it finds the active silos that take
/// clients in the membership table, connects to each one's gateway port, and sends every call to one of them (always
/// the same one for a grain while the gateways stay the same), which routes it to the silo that runs the grain. The
/// gateways' welcome tells it the cluster's grain types. A gateway that goes away fails the calls waiting on it at once;
/// later calls go to the others.
/// </summary>
public sealed partial class ClusterClient : IMessageSender, IAsyncDisposable
{
    private readonly ClusterClientOptions _options;
    private readonly IMembershipTable _table;
    private readonly GrainManifest _manifest;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FrameConnectionOptions _connectionOptions = new();
    private readonly PendingCalls _pending = new();
    private readonly ConcurrentDictionary<string, Gateway> _gateways = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _requestTimeoutTicks;
    private readonly string _name = $"client/{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private Gateway[] _ready = [];
    private Task _refreshing = Task.CompletedTask;
    private ITimer? _timeoutSweep;
    private int _disposed;

    public ClusterClient(ClusterClientOptions options, IMembershipTable table, GrainManifest manifest, TimeProvider time, ILoggerFactory loggerFactory)
    {
        options.Validate();
        _options = options;
        _table = table;
        _manifest = manifest;
        _time = time;
        _logger = loggerFactory.CreateLogger("Actors.Runtime.Client");
        _requestTimeoutTicks = (long)(options.RequestTimeout.TotalSeconds * time.TimestampFrequency);
        GrainFactory = new GrainFactory(manifest, this);
    }

    /// <summary>References to the cluster's grains, whose calls go through this client.</summary>
    public IGrainFactory GrainFactory { get; }

    /// <summary>The gateways this client can send to now.</summary>
    public int ConnectedGateways => Volatile.Read(ref _ready).Length;

    /// <summary>Connects to the cluster's gateways; returns once one has welcomed the client, or throws after <see cref="ClusterClientOptions.ConnectTimeout"/>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        GrainReferenceSender.Current = this;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.ConnectTimeout);
        string? lastProblem = null;
        while (ConnectedGateways == 0)
        {
            try
            {
                lastProblem = await ConnectGatewaysAsync(limit.Token) ?? lastProblem;
                if (ConnectedGateways == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), _time, limit.Token);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SiloUnavailableException(
                    $"No gateway of cluster \"{_options.ClusterId}\" welcomed this client within {_options.ConnectTimeout.TotalSeconds:0.#} s{(lastProblem is null ? " (the membership table lists no active silo with a gateway)" : $": {lastProblem}")}.");
            }
        }

        _refreshing = RefreshLoopAsync(_stopping.Token);
        _timeoutSweep = _time.CreateTimer(static state => ((ClusterClient)state!).ExpireRequests(), this, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Send(GrainId target, Message message)
    {
        message.Target = target;
        message.Deadline = _time.GetTimestamp() + _requestTimeoutTicks;
        message.CopyArguments(); // written later, by the connection's write loop
        var gateways = Volatile.Read(ref _ready);
        if (gateways.Length == 0)
        {
            message.Fail(new SiloUnavailableException(
                $"Request {message.MethodName} to grain {target} was not sent: this client is connected to no gateway of cluster \"{_options.ClusterId}\"."));
            return;
        }

        var gateway = gateways[(int)(StableHash.Of(target) % (ulong)gateways.Length)];
        var id = _pending.Add(message, gateway.Connection);
        gateway.Connection.TrySend(new RequestFrame(id, message, (long)_options.RequestTimeout.TotalMilliseconds, $"gateway {gateway.Endpoint}", _pending));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _refreshing;
        }
        catch (OperationCanceledException)
        {
        }

        _timeoutSweep?.Dispose();
        foreach (var gateway in _gateways.Values)
        {
            await gateway.Connection.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private void ExpireRequests() =>
        _pending.Expire(_time.GetTimestamp(), message => new RequestTimeoutException(
            $"Request {message.MethodName} to grain {message.Target} timed out after {_options.RequestTimeout.TotalSeconds:0.###} s: the cluster did not answer."));

    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_options.GatewayRefreshPeriod, _time, cancellationToken);
            try
            {
                await ConnectGatewaysAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTableUnreachable(_logger, exception);
            }
        }
    }

    /// <summary>Connects to every listed gateway not connected yet, and closes those no longer active; the last connect failure, if any.</summary>
    private async Task<string?> ConnectGatewaysAsync(CancellationToken cancellationToken)
    {
        var view = new ClusterView(await _table.ReadAllAsync(cancellationToken));
        var listed = view.Gateways.ToDictionary(e => $"{e.Silo.Host}:{e.GatewayPort}", e => e, StringComparer.Ordinal);
        foreach (var (endpoint, gateway) in _gateways)
        {
            if (!listed.ContainsKey(endpoint) || view.IsDead(gateway.Silo))
            {
                gateway.Connection.Close(new SiloUnavailableException($"Gateway {endpoint} is no longer active in the membership table."));
            }
        }

        string? problem = null;
        foreach (var (endpoint, entry) in listed)
        {
            if (_gateways.ContainsKey(endpoint))
            {
                continue;
            }

            try
            {
                var gateway = new Gateway(this, endpoint, entry.Silo);
                gateway.Connection = await FrameConnection.ConnectAsync(entry.Silo.Host, entry.GatewayPort, gateway, _connectionOptions, _logger, cancellationToken);
                _gateways[endpoint] = gateway;
                gateway.Connection.TrySend(Handshake.Hello(_options.ClusterId, PeerRole.Client, _name, to: null));
                await gateway.Welcomed.Task.WaitAsync(_connectionOptions.ConnectTimeout, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problem = $"gateway {endpoint}: {exception.Message}";
                LogGatewayFailed(_logger, endpoint, exception.Message);
            }
        }

        return problem;
    }

    private void OnWelcome(Gateway gateway, ReadOnlySpan<byte> body)
    {
        var (_, grainTypes) = Handshake.ReadWelcome(body);
        _manifest.AddGrainTypes(grainTypes);
        lock (_gateways)
        {
            Volatile.Write(ref _ready, [.. _ready.Append(gateway).OrderBy(g => g.Endpoint, StringComparer.Ordinal)]);
        }

        gateway.Welcomed.TrySetResult();
        LogGatewayConnected(_logger, gateway.Endpoint, gateway.Silo.ToString());
    }

    private void OnClosed(Gateway gateway, Exception? error)
    {
        _gateways.TryRemove(new KeyValuePair<string, Gateway>(gateway.Endpoint, gateway));
        lock (_gateways)
        {
            Volatile.Write(ref _ready, [.. _ready.Where(g => g != gateway)]);
        }

        gateway.Welcomed.TrySetException(error ?? new SiloUnavailableException($"Gateway {gateway.Endpoint} closed the connection."));
        var why = error is null ? "" : $": {error.Message}";
        _pending.FailAll(gateway.Connection, message => new SiloUnavailableException(
            $"Request {message.MethodName} to grain {message.Target} got no answer: the connection to gateway {gateway.Endpoint} ended{why}"));
        LogGatewayLost(_logger, gateway.Endpoint, error?.Message ?? "closed");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to gateway {Endpoint} (silo {Silo})")]
    private static partial void LogGatewayConnected(ILogger logger, string endpoint, string silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to gateway {Endpoint}: {Reason}")]
    private static partial void LogGatewayFailed(ILogger logger, string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost gateway {Endpoint}: {Reason}")]
    private static partial void LogGatewayLost(ILogger logger, string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster client could not read the membership table")]
    private static partial void LogTableUnreachable(ILogger logger, Exception exception);

    /// <summary>One gateway connection: its endpoint and silo, and its welcome.</summary>
    private sealed class Gateway(ClusterClient client, string endpoint, SiloAddress silo) : IFrameHandler
    {
        public string Endpoint { get; } = endpoint;

        public SiloAddress Silo { get; } = silo;

        public FrameConnection Connection { get; set; } = null!;

        public TaskCompletionSource Welcomed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnFrame(FrameConnection connection, byte kind, ReadOnlySequence<byte> body)
        {
            using var bytes = FrameBody.Of(body);
            switch (kind)
            {
                case FrameKinds.Welcome:
                    client.OnWelcome(this, bytes.Span);
                    break;
                case FrameKinds.Response:
                    client._pending.Answer(bytes.Span, client);
                    break;
                case FrameKinds.Refused:
                    connection.Close(new SiloUnavailableException(Handshake.ReadRefused(bytes.Span)));
                    break;
                default:
                    throw new WireFormatException($"A frame of kind {kind} is not expected from a gateway.");
            }
        }

        public void OnClosed(FrameConnection connection, Exception? error) => client.OnClosed(this, error);
    }
}
