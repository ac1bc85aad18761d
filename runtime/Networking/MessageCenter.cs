using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Actors.Runtime.Activation;
using Actors.Runtime.Clustering;
using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Networking;

/// <summary>
/// A silo's connections: it listens for other silos and for cluster clients (the gateway), connects to other silos on
/// demand (one connection each way per pair), sends grain calls and matches their answers, answers the calls that
/// arrive by routing them like local ones, and answers and sends the failure detector's probes. A connection that
/// ends fails the calls waiting on it at once.
/// </summary>
internal sealed partial class MessageCenter : IFrameHandler, ISiloProber, IAsyncDisposable
{
    private readonly SiloRuntime _silo;
    private readonly ClusterOptions _options;
    private readonly FrameConnectionOptions _connectionOptions = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly PendingCalls _pending = new();
    private readonly ConcurrentDictionary<SiloAddress, Task<FrameConnection>> _outgoing = new();
    private readonly ConcurrentDictionary<FrameConnection, Peer> _peers = new();
    private readonly ConcurrentDictionary<long, Probe> _probes = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly GatewayHandler _gateway;
    private FrameListener? _listener;
    private KeyValuePair<string, string>[] _grainTypes = [];
    private long _lastProbeId;

    public MessageCenter(SiloRuntime silo, ClusterOptions options, ILoggerFactory loggerFactory)
    {
        _silo = silo;
        _options = options;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger("Actors.Runtime.Networking");
        _gateway = new GatewayHandler(this);
    }

    /// <summary>This silo, once <see cref="StartAsync"/> has bound its port.</summary>
    public SiloAddress Self { get; private set; }

    /// <summary>The bound gateway port; 0 when this silo takes no clients.</summary>
    public int GatewayPort { get; private set; }

    /// <summary>Calls sent and not yet answered.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Listens on the silo port (and the gateway port unless it is -1) and becomes <see cref="Self"/>: this host, the bound port, now as the generation.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _grainTypes = [.. _silo.Manifest.GrainClasses
            .SelectMany(c => c.Interfaces.Select(i => new KeyValuePair<string, string>(i.FullName!, c.GrainType)))
            .DistinctBy(pair => pair.Key)];
        var endpoints = new List<FrameEndpoint> { new(new IPEndPoint(IPAddress.Any, _options.SiloPort), this) };
        if (_options.GatewayPort >= 0)
        {
            endpoints.Add(new FrameEndpoint(new IPEndPoint(IPAddress.Any, _options.GatewayPort), _gateway));
        }

        _listener = await FrameListener.StartAsync(endpoints, _connectionOptions, _loggerFactory, cancellationToken);
        Self = new SiloAddress(_options.AdvertisedHost, _listener.BoundEndPoints[0].Port, _silo.Time.GetUtcNow().UtcTicks);
        GatewayPort = _options.GatewayPort >= 0 ? _listener.BoundEndPoints[1].Port : 0;
    }

    /// <summary>Sends <paramref name="message"/> (stamped with target, deadline and chain) to the silo that runs its grain; its caller hears the answer or the failure.</summary>
    public void SendRequest(SiloAddress silo, Message message)
    {
        if (_outgoing.TryGetValue(silo, out var connecting) && connecting.IsCompletedSuccessfully && !connecting.Result.IsClosed)
        {
            Send(connecting.Result, silo, message);
        }
        else
        {
            _ = ConnectThenSendAsync(silo, message);
        }
    }

    /// <inheritdoc />
    public async Task<bool> ProbeAsync(SiloAddress silo, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        limit.CancelAfter(timeout);
        var id = Interlocked.Increment(ref _lastProbeId);
        try
        {
            var connection = await ConnectionTo(silo).WaitAsync(limit.Token);
            var probe = new Probe(connection);
            _probes[id] = probe;
            var body = new byte[sizeof(long)];
            BinaryPrimitives.WriteInt64LittleEndian(body, id);
            return connection.TrySend(new ControlFrame(FrameKinds.Ping, body)) && await probe.Answered.Task.WaitAsync(limit.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SiloUnavailableException or System.Net.Sockets.SocketException or IOException)
        {
            return false;
        }
        finally
        {
            _probes.TryRemove(id, out _);
        }
    }

    /// <summary>Fails the calls whose callers stopped waiting (called by the silo's deadline sweep).</summary>
    public void ExpireRequests(long now) =>
        _pending.Expire(now, message => new RequestTimeoutException(
            $"Request {message.MethodName} to grain {message.Target} timed out after {_silo.Options.RequestTimeout.TotalSeconds:0.###} s: the silo that runs it did not answer."));

    /// <summary>Closes the connections to silos the view says are dead (their calls fail at once).</summary>
    public void OnViewChanged(ClusterView view)
    {
        foreach (var (silo, connecting) in _outgoing)
        {
            if (view.IsDead(silo) && _outgoing.TryRemove(new KeyValuePair<SiloAddress, Task<FrameConnection>>(silo, connecting)) && connecting.IsCompletedSuccessfully)
            {
                connecting.Result.Close(new SiloUnavailableException($"Silo {silo} was declared dead."));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }

        foreach (var connecting in _outgoing.Values)
        {
            if (connecting.IsCompletedSuccessfully)
            {
                await connecting.Result.DisposeAsync();
            }
        }

        foreach (var connection in _peers.Keys)
        {
            await connection.DisposeAsync();
        }

        _stopping.Dispose();
    }

    void IFrameHandler.OnFrame(FrameConnection connection, byte kind, System.Buffers.ReadOnlySequence<byte> body) =>
        OnFrame(connection, kind, body, PeerRole.Silo);

    void IFrameHandler.OnClosed(FrameConnection connection, Exception? error) => OnClosed(connection, error);

    private void OnFrame(FrameConnection connection, byte kind, System.Buffers.ReadOnlySequence<byte> body, PeerRole listenedFor)
    {
        var peer = _peers.GetOrAdd(connection, static (c, state) => new Peer(state.Center, c, inbound: true, silo: null, state.Role), (Center: this, Role: listenedFor));
        using var bytes = FrameBody.Of(body);
        var span = bytes.Span;
        if (peer.Inbound && !peer.Greeted)
        {
            Greet(peer, kind, span);
            return;
        }

        switch (kind)
        {
            case FrameKinds.Request:
                OnRequest(peer, span);
                break;
            case FrameKinds.Response when !peer.Inbound:
                _pending.Answer(span, _silo);
                break;
            case FrameKinds.Ping:
                connection.TrySend(new ControlFrame(FrameKinds.Pong, span.ToArray()));
                break;
            case FrameKinds.Pong when span.Length == sizeof(long):
                if (_probes.TryGetValue(BinaryPrimitives.ReadInt64LittleEndian(span), out var probe))
                {
                    probe.Answered.TrySetResult(true);
                }

                break;
            case FrameKinds.Refused when !peer.Inbound:
                var reason = Handshake.ReadRefused(span);
                NetworkingLog.Refused(_logger, peer.Silo?.ToString() ?? "?", reason);
                connection.Close(new SiloUnavailableException(reason));
                break;
            case FrameKinds.Welcome when !peer.Inbound:
                break;
            default:
                throw new WireFormatException($"A frame of kind {kind} is not expected on {(peer.Inbound ? "an inbound" : "an outgoing")} connection.");
        }
    }

    /// <summary>The first frame of an inbound connection must be a hello from this cluster, meant for this silo.</summary>
    private void Greet(Peer peer, byte kind, ReadOnlySpan<byte> body)
    {
        string? refusal;
        if (kind != FrameKinds.Hello)
        {
            refusal = $"The first frame of a connection must be a hello, not kind {kind}.";
        }
        else
        {
            var (clusterId, role, from, to) = Handshake.ReadHello(body);
            refusal = clusterId != _options.ClusterId ? $"This is silo {Self} of cluster \"{_options.ClusterId}\", not of cluster \"{clusterId}\"."
                : role != peer.ListenedFor ? $"This port of silo {Self} takes {(peer.ListenedFor == PeerRole.Silo ? "silos" : "cluster clients")}, not a {role.ToString().ToLowerInvariant()}."
                : role == PeerRole.Silo && to != Self ? $"Silo {to} is not running here: this is silo {Self}."
                : null;
            if (refusal is null)
            {
                peer.Greeted = true;
                peer.Remote = from;
                if (role == PeerRole.Client)
                {
                    peer.Connection.TrySend(Handshake.Welcome(Self, _grainTypes));
                }

                return;
            }
        }

        NetworkingLog.Refusing(_logger, Self.ToString(), peer.Connection.RemoteEndPoint?.ToString() ?? "?", refusal);
        peer.Connection.TrySend(Handshake.Refused(refusal));
        _ = CloseSoonAsync(peer.Connection);
    }

    private void OnRequest(Peer peer, ReadOnlySpan<byte> body)
    {
        Message message;
        long deadlineMilliseconds;
        try
        {
            using (GrainReferenceSender.Reading(_silo))
            {
                (_, deadlineMilliseconds, message) = RequestFrame.Read(body);
            }
        }
        catch (Exception exception) when (exception is WireFormatException or CodecNotFoundException && body.Length >= sizeof(long))
        {
            // The caller waits for call id (the first field): tell it why its request cannot run here.
            peer.SendFailure(BinaryPrimitives.ReadInt64LittleEndian(body), exception);
            return;
        }

        message.ReplyTo = peer;
        message.ReplyCallId = BinaryPrimitives.ReadInt64LittleEndian(body);
        message.Deadline = _silo.Time.GetTimestamp() + deadlineMilliseconds * _silo.Time.TimestampFrequency / 1000;
        if (peer.ListenedFor == PeerRole.Silo)
        {
            _silo.Receive(message);
        }
        else
        {
            _silo.Route(message); // a gateway routes its clients' calls as its own
        }
    }

    private void OnClosed(FrameConnection connection, Exception? error)
    {
        _peers.TryRemove(connection, out var peer);
        var silo = peer?.Silo;
        if (silo is { } target)
        {
            foreach (var (key, connecting) in _outgoing)
            {
                if (key == target && connecting.IsCompletedSuccessfully && connecting.Result == connection)
                {
                    _outgoing.TryRemove(new KeyValuePair<SiloAddress, Task<FrameConnection>>(key, connecting));
                }
            }
        }

        var why = error is null ? "" : $": {error.Message}";
        _pending.FailAll(connection, message => new SiloUnavailableException(
            $"Request {message.MethodName} to grain {message.Target} got no answer: the connection to {silo?.ToString() ?? connection.RemoteEndPoint?.ToString()} ended{why}"));
        foreach (var (_, probe) in _probes)
        {
            if (probe.Connection == connection)
            {
                probe.Answered.TrySetResult(false);
            }
        }
    }

    private void Send(FrameConnection connection, SiloAddress silo, Message message)
    {
        var id = _pending.Add(message, connection);
        var left = _silo.Time.GetElapsedTime(_silo.Time.GetTimestamp(), message.Deadline);
        connection.TrySend(new RequestFrame(id, message, (long)left.TotalMilliseconds, silo.ToString(), _pending));
    }

    private async Task ConnectThenSendAsync(SiloAddress silo, Message message)
    {
        try
        {
            Send(await ConnectionTo(silo), silo, message);
        }
        catch (Exception exception)
        {
            message.Fail(exception as SiloUnavailableException
                ?? new SiloUnavailableException($"Request {message.MethodName} to grain {message.Target} could not reach silo {silo}: {exception.Message}"));
        }
    }

    /// <summary>The connection to <paramref name="silo"/>, made once and shared; a failed or ended one is made again on the next use.</summary>
    private Task<FrameConnection> ConnectionTo(SiloAddress silo)
    {
        while (true)
        {
            if (_outgoing.TryGetValue(silo, out var existing))
            {
                if (!existing.IsFaulted && !existing.IsCanceled && !(existing.IsCompletedSuccessfully && existing.Result.IsClosed))
                {
                    return existing;
                }

                _outgoing.TryRemove(new KeyValuePair<SiloAddress, Task<FrameConnection>>(silo, existing));
                continue;
            }

            if (_silo.Cluster?.Membership.View.IsDead(silo) == true)
            {
                return Task.FromException<FrameConnection>(new SiloUnavailableException($"Silo {silo} is dead."));
            }

            var connecting = new TaskCompletionSource<FrameConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_outgoing.TryAdd(silo, connecting.Task))
            {
                _ = ConnectAsync(silo, connecting);
                return connecting.Task;
            }
        }
    }

    private async Task ConnectAsync(SiloAddress silo, TaskCompletionSource<FrameConnection> connecting)
    {
        try
        {
            var connection = await FrameConnection.ConnectAsync(silo.Host, silo.Port, this, _connectionOptions, _logger, _stopping.Token);
            _peers[connection] = new Peer(this, connection, inbound: false, silo, PeerRole.Silo);
            connection.TrySend(Handshake.Hello(_options.ClusterId, PeerRole.Silo, Self.ToString(), silo));
            connecting.TrySetResult(connection);
        }
        catch (Exception exception)
        {
            _outgoing.TryRemove(new KeyValuePair<SiloAddress, Task<FrameConnection>>(silo, connecting.Task));
            connecting.TrySetException(new SiloUnavailableException($"Silo {silo} cannot be reached: {exception.Message}"));
        }
    }

    private static async Task CloseSoonAsync(FrameConnection connection)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(200)); // let the refusal go out first
        connection.Close();
    }

    /// <summary>An outstanding probe: the connection it went on, and its answer.</summary>
    private sealed record Probe(FrameConnection Connection)
    {
        public TaskCompletionSource<bool> Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The gateway port's frames: the same handling, for connections that must be cluster clients.</summary>
    private sealed class GatewayHandler(MessageCenter center) : IFrameHandler
    {
        public void OnFrame(FrameConnection connection, byte kind, System.Buffers.ReadOnlySequence<byte> body) =>
            center.OnFrame(connection, kind, body, PeerRole.Client);

        public void OnClosed(FrameConnection connection, Exception? error) => center.OnClosed(connection, error);
    }
}
