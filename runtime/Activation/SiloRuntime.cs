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

    public SiloRuntime(
        IServiceProvider services, GrainManifest manifest, RuntimeOptions options, TimeProvider time,
        IEventStore eventStore, IReminderTable reminderTable, ILoggerFactory loggerFactory, IMeterFactory? meterFactory = null)
    {
        options.Validate();
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
        Catalog.Dispatch(message);
    }

    /// <summary>Starts the sweeps, resumes stream deliveries and loads reminders.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Serialization.GrainReferenceSender.Current = this;
        _timeoutSweep = Time.CreateTimer(static state =>
        {
            var silo = (SiloRuntime)state!;
            silo.Catalog.ExpireRequests(silo.Time.GetTimestamp());
        }, this, Options.RequestTimeoutCheckPeriod, Options.RequestTimeoutCheckPeriod);
        _idleSweep = Time.CreateTimer(static state =>
        {
            var silo = (SiloRuntime)state!;
            silo.Catalog.CollectIdle(silo.Time.GetTimestamp(), silo.Options.CollectionAge);
        }, this, Options.CollectionQuantum, Options.CollectionQuantum);

        await Streams.StartAsync(cancellationToken);
        await Reminders.StartAsync(cancellationToken);
    }

    /// <summary>Stops reminders and deliveries, then deactivates every activation (their OnDeactivateAsync runs).</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await Reminders.StopAsync();
        await Streams.StopAsync();
        await Catalog.DeactivateAllAsync();
        _stopping.Cancel();
        _timeoutSweep?.Dispose();
        _idleSweep?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
        Metrics.Dispose();
    }
}
