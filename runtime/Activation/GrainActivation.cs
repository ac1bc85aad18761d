using Actors.Runtime.Hosting;
using Actors.Runtime.Messaging;
using Actors.Runtime.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Activation;

/// <summary>
/// One live instance of a grain: its lifecycle (activating, valid, deactivating, gone) and the turn
/// discipline that decides which arriving request may run now. Everything but the methods marked
/// "any thread" runs on the activation's own <see cref="ActivationScheduler"/>, one item at a time,
/// so this state needs no locks.
/// </summary>
/// <remarks>
/// A request may start while another runs only when the grain class is [Reentrant], the method is
/// [AlwaysInterleave], both are [ReadOnly], or the request's call chain already passed through this
/// grain (a call cycle A -> B -> A: call-chain reentrancy, so cycles complete instead of deadlocking).
/// </remarks>
internal sealed partial class GrainActivation : IGrainContext
{
    private readonly SiloRuntime _silo;
    private readonly GrainClass _grainClass;
    private readonly ActivationScheduler _scheduler;
    private readonly List<Message> _running = [];
    private readonly Queue<Message> _waiting = new();
    private readonly List<Func<CancellationToken, Task>> _stateReaders = [];
    private readonly List<GrainTimer> _timers = [];
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationStatus _status;
    private object? _grain;
    private int _runningWritable;
    private DeactivationReason? _deactivationRequest;
    private long _lastActive;
    private int _pending;
    private Clustering.GrainAddress? _registered;
    private bool _recorded;

    [ThreadStatic]
    private static GrainActivation? t_constructing;

    public GrainActivation(SiloRuntime silo, GrainClass grainClass, GrainId grainId)
    {
        _silo = silo;
        _grainClass = grainClass;
        GrainId = grainId;
        _scheduler = new ActivationScheduler(this);
        _lastActive = silo.Time.GetTimestamp();
    }

    /// <summary>The activation whose grain constructor is running on this thread (read by <see cref="Grain"/>).</summary>
    public static GrainActivation? Constructing => t_constructing;

    public GrainId GrainId { get; }

    /// <summary>This activation's own id: a grain that activates again gets a new one.</summary>
    public Guid ActivationId { get; } = Guid.NewGuid();

    public IServiceProvider Services => _silo.Services;

    public SiloRuntime Silo => _silo;

    /// <summary>Completes once the activation has deactivated and left the catalog.</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Requests running or waiting; read from any thread by the timeout and idle sweeps.</summary>
    public bool HasPendingRequests => Volatile.Read(ref _pending) > 0;

    /// <summary>The running request that does not interleave with others, if any (activation thread only).</summary>
    public Message? RegularRequest { get; private set; }

    /// <summary>When the activation last started a request, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long LastActive => Volatile.Read(ref _lastActive);

    /// <summary>Any thread: queue a message for this activation.</summary>
    public void Deliver(Message message) => _scheduler.Deliver(message);

    /// <summary>Any thread: deactivate once no request runs.</summary>
    public void RequestDeactivation(DeactivationReason reason) =>
        _scheduler.Post(static state =>
        {
            var (activation, reason) = ((GrainActivation, DeactivationReason))state!;
            activation.Deactivate(reason);
        }, (this, reason));

    /// <summary>Any thread: deactivate if still idle since <paramref name="idleSince"/>.</summary>
    public void CollectIfIdleSince(long idleSince) =>
        _scheduler.Post(static state =>
        {
            var (activation, idleSince) = ((GrainActivation, long))state!;
            if (activation._status == ActivationStatus.Valid && activation._pending == 0 && activation._lastActive <= idleSince)
            {
                activation.Deactivate(DeactivationReason.Idle);
            }
        }, (this, idleSince));

    /// <summary>Any thread: fail the callers of requests whose deadline is at or before <paramref name="now"/>.</summary>
    public void ExpireRequests(long now) =>
        _scheduler.Post(static state =>
        {
            var (activation, now) = ((GrainActivation, long))state!;
            activation.Expire(now);
        }, (this, now));

    public IPersistentState<TState> GetPersistentState<TState>(string stateName, string storageName) where TState : new()
    {
        var storage = _silo.Services.GetKeyedService<IGrainStorage>(storageName)
            ?? throw new InvalidOperationException(
                $"Grain {GrainId} asks for state '{stateName}' in storage '{storageName}', and no storage of that name is configured.");
        var state = new PersistentState<TState>(new GrainStateKey(GrainId.Type, GrainId.Key, stateName), storage, _silo.Streams);
        _stateReaders.Add(state.ReadStateAsync);
        return state;
    }

    public void DeactivateOnIdle() => _deactivationRequest ??= DeactivationReason.Requested;

    public GrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, dueTime, period);
        _timers.Add(timer);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer) => _timers.Remove(timer);

    public void OnMessage(Message message)
    {
        switch (_status)
        {
            case ActivationStatus.Created:
                Wait(message);
                _ = ActivateAsync();
                break;
            case ActivationStatus.Valid when _deactivationRequest is null && CanStart(message, queued: false):
                Run(message);
                PumpWaiting();
                break;
            case ActivationStatus.Invalid:
                _silo.Route(message);
                break;
            default:
                Wait(message);
                break;
        }
    }

    public void RunContinuation(SendOrPostCallback callback, object? state)
    {
        try
        {
            callback(state);
        }
        catch (Exception ex)
        {
            RuntimeLog.ContinuationFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
        }
    }

    private bool CanStart(Message message, bool queued)
    {
        if (_running.Count == 0)
        {
            return queued || _waiting.Count == 0;
        }

        if (_grainClass.IsReentrant)
        {
            return true;
        }

        var options = message.Options;
        if ((options & InvocationOptions.AlwaysInterleave) != 0 || message.CallChain?.Contains(GrainId) == true)
        {
            return true;
        }

        return (options & InvocationOptions.ReadOnly) != 0 && _runningWritable == 0 && (queued || _waiting.Count == 0);
    }

    private void Wait(Message message)
    {
        _waiting.Enqueue(message);
        _pending++;
    }

    private void Run(Message message)
    {
        _pending++;
        _running.Add(message);
        var writable = (message.Options & InvocationOptions.ReadOnly) == 0;
        if (writable)
        {
            _runningWritable++;
        }

        if (message.KeepsAlive)
        {
            _lastActive = _silo.Time.GetTimestamp();
        }

        // The request an outgoing call extends the chain of: the activation's one regular request, or,
        // for a request that interleaves with others, the one recorded in the execution context. Only
        // the latter costs an allocation, so the common call stays at the message alone.
        var interleaves = _grainClass.IsReentrant || _running.Count > 1
            || (message.Options & (InvocationOptions.ReadOnly | InvocationOptions.AlwaysInterleave)) != 0;
        if (!interleaves)
        {
            RegularRequest = message;
        }

        Task invocation;
        var caller = RequestContext.Current;
        var setContext = interleaves || caller is not null; // a regular request must not inherit another's
        try
        {
            if (setContext)
            {
                RequestContext.Current = interleaves ? message : null;
            }

            invocation = message.InvokeAsync(_grain!);
        }
        catch (Exception ex)
        {
            invocation = Task.FromException(ex);
        }
        finally
        {
            if (setContext)
            {
                RequestContext.Current = caller;
            }
        }

        if (invocation.IsCompleted)
        {
            Finish(message, invocation, writable);
        }
        else
        {
            invocation.ConfigureAwait(true).GetAwaiter().UnsafeOnCompleted(() =>
            {
                Finish(message, invocation, writable);
                PumpWaiting();
            });
        }
    }

    private void Finish(Message message, Task invocation, bool writable)
    {
        if (RegularRequest == message)
        {
            RegularRequest = null;
        }

        message.Complete(invocation);
        _running.Remove(message);
        _pending--;
        if (writable)
        {
            _runningWritable--;
        }
    }

    private void PumpWaiting()
    {
        if (_status != ActivationStatus.Valid)
        {
            return;
        }

        if (_deactivationRequest is { } reason)
        {
            Deactivate(reason);
            return;
        }

        while (_waiting.TryPeek(out var next) && CanStart(next, queued: true))
        {
            _waiting.Dequeue();
            _pending--;
            Run(next);
            if (_deactivationRequest is not null)
            {
                PumpWaiting();
                return;
            }
        }
    }

    private enum ActivationStatus
    {
        Created,
        Activating,
        Valid,
        Deactivating,
        Invalid,
    }
}
