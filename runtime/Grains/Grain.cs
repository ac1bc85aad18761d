using Actors.Runtime.Activation;
using Actors.Runtime.Reminders;
using Actors.Runtime.Streams;

namespace Actors.Runtime;

/// <summary>
/// The base of every grain class. The runtime creates grains (through a generated factory with
/// constructor injection); code gets references to them from <see cref="IGrainFactory"/>.
/// </summary>
public abstract class Grain
{
    private readonly GrainActivation _activation;

    protected Grain()
    {
        _activation = GrainActivation.Constructing ?? throw new InvalidOperationException(
            $"{GetType().Name} is a grain: the runtime creates it. Get a reference with IGrainFactory.GetGrain instead.");
    }

    public GrainId GrainId => _activation.GrainId;

    /// <summary>Other grains, reached by reference.</summary>
    protected IGrainFactory GrainFactory => _activation.Silo.GrainFactory;

    /// <summary>The silo's streams: read events after a sequence number and follow them live.</summary>
    protected IStreamProvider Streams => _activation.Silo.Streams;

    public string GetPrimaryKeyString() => GrainId.Key;

    /// <summary>The silo running this activation (<c>host:port@generation</c> in a cluster, "local" for a silo on its own) — Orleans' RuntimeIdentity.</summary>
    protected string RuntimeIdentity => _activation.Silo.Cluster?.Self.ToString() ?? "local";

    /// <summary>This activation's own id: a grain that activates again (here or on another silo) gets a new one.</summary>
    protected Guid ActivationId => _activation.ActivationId;

    /// <summary>The Guid key of a grain with a Guid key.</summary>
    public Guid GetPrimaryKey() => Guid.ParseExact(GrainId.Key, "N");

    /// <summary>Runs after the grain's persistent state has been read, before its first request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before the activation ends, after its last request.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Ends this activation once the current request finishes; the next call activates the grain anew.</summary>
    protected void DeactivateOnIdle() => _activation.DeactivateOnIdle();

    /// <summary>
    /// An in-memory timer: <paramref name="callback"/> runs as a turn of this grain after
    /// <paramref name="dueTime"/>, then every <paramref name="period"/> (<see cref="Timeout.InfiniteTimeSpan"/>: once).
    /// It dies with the activation; dispose it to stop it sooner.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        _activation.RegisterTimer(callback, dueTime, period);

    /// <summary>
    /// A durable reminder: the grain's <see cref="IRemindable.ReceiveReminder"/> is called after
    /// <paramref name="dueTime"/> (then every <paramref name="period"/> when given), activating the
    /// grain if needed, even after a restart of the silo.
    /// </summary>
    protected Task<ReminderEntry> RegisterOrUpdateReminder(string name, TimeSpan dueTime, TimeSpan? period = null) =>
        _activation.Silo.Reminders.RegisterAsync(GrainId, name, dueTime, period, CancellationToken.None);

    /// <summary>Removes the reminder; false when there was none.</summary>
    protected Task<bool> UnregisterReminder(string name) =>
        _activation.Silo.Reminders.UnregisterAsync(GrainId, name, CancellationToken.None);

    /// <summary>The reminder of that name, or null.</summary>
    protected Task<ReminderEntry?> GetReminder(string name) =>
        _activation.Silo.Reminders.GetAsync(GrainId, name, CancellationToken.None);
}
