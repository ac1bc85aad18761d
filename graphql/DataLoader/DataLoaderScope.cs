namespace Actors.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one GraphQL request: one instance per loader type, so one cache per request, and the
/// dispatch switch the executor drives so that all keys requested by one level of resolvers go out as one batch
/// per loader.
/// </summary>
/// <remarks>
/// <para>How an executor drives a <see cref="DispatchMode.Manual"/> scope (the default):</para>
/// <list type="number">
/// <item><description>Create one scope per request, passing the request's cancellation token, and hand it to
/// every resolver. Resolvers get loaders with
/// <c>scope.GetOrCreate(() =&gt; new ClientByIdDataLoader(grains))</c> and call <c>LoadAsync</c>.</description></item>
/// <item><description>For each level (every field whose parent value is complete), invoke every resolver of the
/// level directly on the executor's thread, not through <c>Task.Run</c>, and keep the tasks they return. When the
/// last invocation has returned, every <c>LoadAsync</c> a resolver made before its first incomplete
/// <c>await</c> is pending.</description></item>
/// <item><description><c>await scope.DispatchUntilCompleteAsync(Task.WhenAll(levelTasks), ct)</c>. This first
/// dispatches everything pending, synchronously: one batch per loader (split only by
/// <see cref="DataLoaderOptions.MaxBatchSize"/>), which is the "one batch per level" guarantee. It then keeps
/// dispatching the keys requested later (after an <c>await</c> inside a resolver, or by a fetch function using
/// another loader) until the level's tasks complete, and rethrows their failure.</description></item>
/// <item><description>Complete the level's values, collect the next level, and repeat from step 2. Serial
/// mutation fields are each a level of their own.</description></item>
/// </list>
/// <para>
/// The same protocol by hand, for an executor that wants its own waiting loop:
/// <c>while (!work.IsCompleted) { scope.Dispatch(); await Task.WhenAny(work, scope.WhenPendingAsync()); }</c>.
/// Never await resolver tasks without dispatching: loaders of a manual scope do not fetch on their own, so the
/// wait would never end.
/// </para>
/// <para>
/// An executor that starts child resolvers in continuations of their parents (depth-first, not level by level)
/// may wrap the whole operation in one <see cref="DispatchUntilCompleteAsync"/>: it dispatches each wave of keys
/// after the wave has settled (see <see cref="DataLoaderBase"/> on bursts), which batches well but is not the
/// exact one-batch-per-level guarantee of step 3.
/// </para>
/// <para>
/// A <see cref="DispatchMode.Automatic"/> scope is for code outside an executor: it keeps the per-request cache
/// and lets each loader dispatch on its own after the current burst of requests. Dispatching it by hand is
/// allowed too. All members are thread-safe.
/// </para>
/// </remarks>
public sealed class DataLoaderScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, DataLoaderBase> _byType = [];
    private DataLoaderBase[] _loaders = [];
    private TaskCompletionSource? _whenPending;

    /// <param name="mode">Who dispatches: the executor (<see cref="DispatchMode.Manual"/>) or each loader.</param>
    /// <param name="cancellationToken">The request's token, handed to every fetch function of this scope.</param>
    public DataLoaderScope(DispatchMode mode = DispatchMode.Manual, CancellationToken cancellationToken = default)
    {
        Mode = mode;
        CancellationToken = cancellationToken;
    }

    public DispatchMode Mode { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>True while any loader of this scope has a key waiting for its batch to be started.</summary>
    public bool HasPending => Array.Exists(Volatile.Read(ref _loaders), loader => loader.HasPending);

    /// <summary>Keys ever queued by the loaders of this scope; used to see when a burst of requests has ended.</summary>
    internal long RequestedKeys
    {
        get
        {
            long total = 0;
            foreach (var loader in Volatile.Read(ref _loaders))
            {
                total += loader.RequestedKeys;
            }

            return total;
        }
    }

    /// <summary>
    /// The scope's instance of <typeparamref name="TLoader"/>, created by <paramref name="factory"/> on first use
    /// (later factories are ignored). The factory runs under the scope's lock and may itself call GetOrCreate.
    /// </summary>
    /// <exception cref="InvalidOperationException">The factory returned a loader that already belongs to a scope
    /// or has already loaded keys on its own.</exception>
    public TLoader GetOrCreate<TLoader>(Func<TLoader> factory)
        where TLoader : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (_byType.TryGetValue(typeof(TLoader), out var existing))
            {
                return (TLoader)existing;
            }

            var loader = factory()
                ?? throw new InvalidOperationException($"The factory of {typeof(TLoader).Name} returned null.");
            loader.AttachTo(this);
            _byType.Add(typeof(TLoader), loader);
            Volatile.Write(ref _loaders, [.. _loaders, loader]);
            return loader;
        }
    }

    /// <summary>
    /// Starts a batch for every pending key of every loader, and repeats while that made new keys pending (a fetch
    /// function requesting keys from another loader before its first incomplete await), so nothing is pending
    /// when it returns unless other threads request keys meanwhile. Does not wait for the batches.
    /// </summary>
    /// <returns>The number of batches started.</returns>
    public int Dispatch()
    {
        var total = 0;
        int started;
        do
        {
            started = 0;
            foreach (var loader in Volatile.Read(ref _loaders))
            {
                started += loader.Dispatch();
            }

            total += started;
        }
        while (started > 0);

        return total;
    }

    /// <summary>
    /// Completes when some loader of this scope has a pending key: at once if one has, otherwise when the next
    /// key is requested. Never faults.
    /// </summary>
    public Task WhenPendingAsync()
    {
        lock (_gate)
        {
            if (HasPending)
            {
                return Task.CompletedTask;
            }

            _whenPending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _whenPending.Task;
        }
    }

    /// <summary>
    /// Awaits <paramref name="work"/> (typically <c>Task.WhenAll</c> of one level's resolver tasks) while
    /// dispatching: everything pending now, synchronously, then every key requested until the work completes,
    /// once its burst of requests has settled.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired first; the work
    /// is left running.</exception>
    public async Task DispatchUntilCompleteAsync(Task work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        while (true)
        {
            Dispatch();
            if (work.IsCompleted)
            {
                break;
            }

            var woken = await Task.WhenAny(work, WhenPendingAsync()).WaitAsync(cancellationToken);
            if (woken == work)
            {
                break;
            }

            await Burst.WaitForEndAsync(() => RequestedKeys);
        }

        await work;
    }

    /// <summary>Called by a loader, outside its lock, when a key made its pending queue non-empty.</summary>
    internal void NotifyPending()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            waiter = _whenPending;
            _whenPending = null;
        }

        waiter?.TrySetResult();
    }
}
