using Actors.Runtime.Clustering;
using Actors.Runtime.Hosting;
using Actors.Runtime.Messaging;
using Actors.Runtime.Reminders;
using Actors.Runtime.Streams;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Activation;

/// <summary>
/// The running runtime of one silo: it routes every message (it is the <see cref="IMessageSender"/>
/// behind every grain reference) and owns the catalog, the stream hub, the reminder service and the
/// periodic sweeps for request deadlines and idle activations.
/// </summary>
internal sealed class SiloRuntime : IMessageSender, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _requestTimeoutTicks;
    private ITimer? _timeoutSweep;
    private ITimer? _idleSweep;

    private readonly ClusterSetup? _clusterSetup;
    private bool _crashed;
    private History.IActivationHistory? _history;
    private readonly ILoggerFactory _loggerFactory;

    public SiloRuntime(
        IServiceProvider services, GrainManifest manifest, RuntimeOptions options, TimeProvider time,
        IEventStore eventStore, IReminderTable reminderTable, ILoggerFactory loggerFactory, IMeterFactory? meterFactory = null,
        ClusterSetup? cluster = null)
    {
        options.Validate();
        cluster?.Options.Validate();
        _clusterSetup = cluster;
        _loggerFactory = loggerFactory;
        Services = services;
        Manifest = manifest;
        Options = options;
        Time = time;
        Logger = loggerFactory.CreateLogger("Actors.Runtime");
        _requestTimeoutTicks = (long)(options.RequestTimeout.TotalSeconds * time.TimestampFrequency);
        Catalog = new Catalog(this);
        Metrics = new RuntimeMetrics(meterFactory, () => Catalog.Count);
        GrainFactory = new GrainFactory(manifest, this);
        Streams = new StreamHub(this, eventStore);
        Reminders = new ReminderService(this, reminderTable);
    }

    public IServiceProvider Services { get; }

    public GrainManifest Manifest { get; }

    public RuntimeOptions Options { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public Catalog Catalog { get; }

    public RuntimeMetrics Metrics { get; }

    public IGrainFactory GrainFactory { get; }

    public StreamHub Streams { get; }

    public ReminderService Reminders { get; }

    /// <summary>Where activations are written down, when <see cref="RuntimeOptions.RecordActivations"/> is on; else null.</summary>
    public History.IActivationHistory? ActivationHistory => _history ??= Options.RecordActivations
        ? Services.GetService(typeof(History.IActivationHistory)) as History.IActivationHistory
            ?? throw new InvalidOperationException("Runtime:RecordActivations is on, but the storage provides no activation history.")
        : null;

    /// <summary>This silo's part of its cluster once started; null for a silo on its own.</summary>
    public SiloCluster? Cluster { get; private set; }

    /// <summary>Called when the cluster declared this silo dead: the host must stop it (it no longer owns its grains).</summary>
    public Func<Task>? DeclaredDead { get; set; }

    /// <summary>Cancelled when the silo begins to stop.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Send(GrainId target, Message message)
    {
        message.Target = target;
        message.Deadline = Time.GetTimestamp() + _requestTimeoutTicks;
        if (ActivationScheduler.Running is { } caller)
        {
            var request = RequestContext.Current ?? caller.Owner.RegularRequest;
            message.CallChain = new CallChain(caller.Owner.GrainId, request?.CallChain);
        }

        message.CopyArguments();
        Metrics.GrainCalls.Add(1);
        Route(message);
    }

    /// <summary>
    /// Takes a stamped message to its grain: the activation here, or — in a cluster — the silo the directory names,
    /// or the one placement picks (which registers the grain, or passes the message on to the activation that won).
    /// </summary>
    public void Route(Message message)
    {
        if (Cluster is not { } cluster || Catalog.IsActive(message.Target))
        {
            Catalog.Dispatch(message);
        }
        else if (cluster.Locator.TryGetCached(message.Target, out var silo) && !(silo == cluster.Self && Catalog.IsStopping))
        {
            RouteTo(silo, message);
        }
        else
        {
            _ = LocateAndRouteAsync(cluster, message);
        }
    }

    /// <summary>
    /// Takes a request another silo sent here (it found the grain registered here, or placed it here): the catalog runs
    /// or activates it, and an activation that loses its registration passes the request to the winner. A silo that is
    /// shutting down routes it on instead.
    /// </summary>
    public void Receive(Message message)
    {
        if (Catalog.IsStopping && !Catalog.IsActive(message.Target))
        {
            Route(message);
        }
        else
        {
            Catalog.Dispatch(message);
        }
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="silo"/> (this one: its catalog), passing it on at most <see cref="MaxHops"/> times.</summary>
    public void RouteTo(SiloAddress silo, Message message)
    {
        var cluster = Cluster!;
        if (silo == cluster.Self)
        {
            Catalog.Dispatch(message);
        }
        else if (++message.Hops > MaxHops)
        {
            message.Fail(new SiloUnavailableException(
                $"Request {message.MethodName} to grain {message.Target} was passed on {MaxHops} times without finding its activation; the cluster is changing, try again."));
        }
        else
        {
            cluster.Messages.SendRequest(silo, message);
        }
    }

    /// <summary>How many times a request may be passed on to the silo that really runs its grain.</summary>
    public const int MaxHops = 3;

    private async Task LocateAndRouteAsync(SiloCluster cluster, Message message)
    {
        SiloAddress silo;
        try
        {
            silo = await cluster.Locator.LocateAsync(message.Target, Stopping);
            if (silo == cluster.Self && Catalog.IsStopping)
            {
                silo = cluster.Locator.Place(message.Target, cluster.Membership.View);
            }
        }
        catch (Exception exception)
        {
            message.Fail(exception as SiloUnavailableException
                ?? new SiloUnavailableException($"Request {message.MethodName} to grain {message.Target} could not be routed: {exception.Message}"));
            return;
        }

        if (silo == cluster.Self)
        {
            Catalog.Dispatch(message);
        }
        else
        {
            RouteTo(silo, message);
        }
    }

    /// <summary>Starts the sweeps, resumes stream deliveries and loads reminders.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Serialization.GrainReferenceSender.Current = this;
        if (_clusterSetup is { } setup)
        {
            Cluster = await SiloCluster.BindAsync(this, setup.Options, setup.MembershipTable, setup.Directory, _loggerFactory, cancellationToken);
            Cluster.Membership.DeclaredDead = () => DeclaredDead?.Invoke() ?? Task.CompletedTask;
            var cluster = Cluster;
            Reminders.Owns = grain => cluster.Membership.View.Ring.Owner(grain) is not { } owner || owner == cluster.Self;
            Streams.OwnsDeliveries = stream => cluster.Membership.View.Ring.Owner(stream.ToString()) is not { } owner || owner == cluster.Self;
            cluster.ViewChanged += OnViewChanged;
            await cluster.JoinAsync(cancellationToken);
        }

        _timeoutSweep = Time.CreateTimer(static state =>
        {
            var silo = (SiloRuntime)state!;
            var now = silo.Time.GetTimestamp();
            silo.Catalog.ExpireRequests(now);
            silo.Cluster?.Messages.ExpireRequests(now);
        }, this, Options.RequestTimeoutCheckPeriod, Options.RequestTimeoutCheckPeriod);
        _idleSweep = Time.CreateTimer(static state =>
        {
            var silo = (SiloRuntime)state!;
            silo.Catalog.CollectIdle(silo.Time.GetTimestamp(), silo.Options.CollectionAge);
        }, this, Options.CollectionQuantum, Options.CollectionQuantum);

        await Streams.StartAsync(cancellationToken);
        await Reminders.StartAsync(cancellationToken);
    }

    private void OnViewChanged(ClusterView view)
    {
        _ = Reminders.OnOwnershipChangedAsync();
        _ = Streams.OnOwnershipChangedAsync();
    }

    /// <summary>Stops reminders and deliveries, then deactivates every activation (their OnDeactivateAsync runs).</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested || _crashed)
        {
            return;
        }

        if (Cluster is { } cluster)
        {
            await cluster.BeginLeavingAsync(CancellationToken.None);
        }

        await Reminders.StopAsync();
        await Streams.StopAsync();
        await Catalog.DeactivateAllAsync();
        if (Cluster is { } leaving)
        {
            await leaving.LeaveAsync(CancellationToken.None);
        }

        _stopping.Cancel();
        _timeoutSweep?.Dispose();
        _idleSweep?.Dispose();
        if (Cluster is { } stopped)
        {
            await stopped.DisposeAsync();
        }
    }

    /// <summary>
    /// For tests of failure: the silo stops answering at once, as a killed process would — its connections drop, it
    /// stops probing and writing heartbeats, and it writes nothing to the membership table or the directory.
    /// </summary>
    internal async Task CrashAsync()
    {
        _crashed = true;
        _stopping.Cancel();
        _timeoutSweep?.Dispose();
        _idleSweep?.Dispose();
        await Reminders.StopAsync();
        await Streams.StopAsync();
        if (Cluster is { } cluster)
        {
            await cluster.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
        Metrics.Dispose();
    }
}
