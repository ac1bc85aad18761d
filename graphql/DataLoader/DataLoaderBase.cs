namespace Actors.GraphQL.DataLoader;

/// <summary>
/// The part of every loader that its <see cref="DataLoaderScope"/> drives: whether keys wait for a batch, and
/// starting those batches. Derive concrete loaders from <see cref="BatchDataLoader{TKey, TValue}"/> (1:1) or
/// <see cref="GroupDataLoader{TKey, TValue}"/> (1:n), named <c>&lt;Entity&gt;By&lt;Key&gt;DataLoader</c>.
/// </summary>
/// <remarks>
/// <para>
/// Dispatch: a loader obtained from a <see cref="DispatchMode.Manual"/> scope never fetches on its own; the
/// executor starts its batches through the scope. Any other loader (one in a <see cref="DispatchMode.Automatic"/>
/// scope, or one created with <c>new</c> and never handed to a scope) dispatches automatically: when a key makes
/// its queue non-empty it schedules a dispatch with <see cref="Task.Yield"/> on the caller's context, and keeps
/// yielding while more keys arrive; once a hop passes without a new key, every pending key goes out together.
/// </para>
/// <para>
/// Guarantees of the automatic mode: every requested key is fetched (none is left behind), and keys requested by
/// one synchronous burst on a single-threaded context (a loop of <c>LoadAsync</c> calls, or the synchronous start
/// of many async methods) form one batch. On the thread pool a burst is kept together on a best-effort basis only:
/// a thread pre-empted in the middle of its burst for longer than a scheduler hop splits it in two batches.
/// </para>
/// </remarks>
public abstract class DataLoaderBase
{
    private DataLoaderScope? _scope;

    private protected DataLoaderBase()
    {
    }

    /// <summary>True while some requested key waits for a batch to be started.</summary>
    public abstract bool HasPending { get; }

    /// <summary>The scope this loader belongs to, or null for a standalone (automatically dispatching) loader.</summary>
    public DataLoaderScope? Scope => Volatile.Read(ref _scope);

    /// <summary>Keys ever queued for a batch by this loader; grows by one per key that missed the cache.</summary>
    internal abstract long RequestedKeys { get; }

    /// <summary>The token the fetch functions receive: the scope's, or none for a standalone loader.</summary>
    private protected CancellationToken BatchCancellationToken => Scope?.CancellationToken ?? CancellationToken.None;

    /// <summary>
    /// Takes every pending key and starts its batch (several when the max batch size splits it). Each fetch
    /// function runs synchronously up to its first incomplete await, so keys it requests from other loaders
    /// are pending when this returns. Never throws: a failing fetch fails its keys.
    /// </summary>
    /// <returns>The number of batches started.</returns>
    internal abstract int Dispatch();

    internal void AttachTo(DataLoaderScope scope)
    {
        if (Interlocked.CompareExchange(ref _scope, scope, null) is not null)
        {
            throw new InvalidOperationException(
                $"The DataLoader {GetType().Name} already belongs to a scope; a loader serves one request only.");
        }

        if (RequestedKeys > 0)
        {
            _scope = null;
            throw new InvalidOperationException(
                $"The DataLoader {GetType().Name} has already loaded keys on its own and cannot join a scope.");
        }
    }

    /// <summary>Called, outside any lock, by the request that made the pending queue non-empty.</summary>
    private protected void OnKeysPending()
    {
        var scope = Scope;
        scope?.NotifyPending();
        if (scope is null || scope.Mode == DispatchMode.Automatic)
        {
            _ = DispatchAutomaticallyAsync();
        }
    }

    private async Task DispatchAutomaticallyAsync()
    {
        await Burst.WaitForEndAsync(() => RequestedKeys);
        Dispatch();
    }
}
