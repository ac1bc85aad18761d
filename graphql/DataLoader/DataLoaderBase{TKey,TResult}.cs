namespace Actors.GraphQL.DataLoader;

/// <summary>
/// Batching and the per-request cache, shared by <see cref="BatchDataLoader{TKey, TValue}"/> and
/// <see cref="GroupDataLoader{TKey, TValue}"/>. <typeparamref name="TResult"/> is what one key resolves to.
/// </summary>
/// <remarks>
/// <para>
/// Cache: the first request of a key creates its promise and queues the key; every later request of that key
/// on this loader (so within the scope, so within the request) gets the same promise, whether the key is still
/// pending, being fetched, fetched or failed. A batch therefore never holds a key twice, and one request sees one
/// value per key. Nothing is evicted: a loader lives as long as its request.
/// </para>
/// <para>
/// Thread safety: <c>LoadAsync</c> may be called concurrently from any thread, also while a batch is being
/// dispatched or fetched. Promises complete asynchronously, so no caller's continuation runs inside the loader.
/// </para>
/// <para>
/// Cancellation: a caller's token only stops that caller's wait; the key stays in its batch for the other callers
/// of the same key. A token already cancelled returns a cancelled task and queues nothing. The fetch function
/// receives the scope's token (the request's); when a fetch throws <see cref="OperationCanceledException"/>, every
/// key of its batch is cancelled.
/// </para>
/// </remarks>
public abstract class DataLoaderBase<TKey, TResult> : DataLoaderBase
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TResult>> _cache = [];
    private readonly int _maxBatchSize;
    private List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> _pending = [];
    private long _requestedKeys;

    private protected DataLoaderBase(DataLoaderOptions? options)
    {
        var maxBatchSize = (options ?? DataLoaderOptions.Default).MaxBatchSize;
        if (maxBatchSize is <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), maxBatchSize, "MaxBatchSize must be positive, or null for no limit.");
        }

        _maxBatchSize = maxBatchSize ?? int.MaxValue;
    }

    /// <inheritdoc />
    public override bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    internal override long RequestedKeys => Interlocked.Read(ref _requestedKeys);

    /// <summary>
    /// Requests one key. The returned task completes once the key's batch has been fetched: in a
    /// <see cref="DispatchMode.Manual"/> scope only after the executor dispatches, so await it only from a
    /// resolver the executor is driving.
    /// </summary>
    /// <returns>
    /// The key's value. Without a cancellable token, the very same task for every request of the key on this
    /// loader; with one, a task that completes with the same outcome, or is cancelled when the token fires.
    /// </returns>
    public Task<TResult> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        bool first;
        TaskCompletionSource<TResult> promise;
        lock (_gate)
        {
            first = Register(key, out promise);
        }

        if (first)
        {
            OnKeysPending();
        }

        return cancellationToken.CanBeCanceled ? promise.Task.WaitAsync(cancellationToken) : promise.Task;
    }

    /// <summary>
    /// Requests several keys at once; they join the same pending batch, as if requested one by one.
    /// The keys are registered before this method returns.
    /// </summary>
    /// <returns>The values in the order of <paramref name="keys"/>; fails with the first failed key's error.</returns>
    public async Task<IReadOnlyList<TResult>> LoadAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        var promises = new Task<TResult>[keys.Count];
        var first = false;
        lock (_gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                first |= Register(keys[i], out var promise);
                promises[i] = promise.Task;
            }
        }

        if (first)
        {
            OnKeysPending();
        }

        return await Task.WhenAll(promises).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Fetches one batch of distinct keys and returns one result per key, in the order of <paramref name="keys"/>.
    /// </summary>
    private protected abstract Task<TResult[]> FetchAsync(TKey[] keys, CancellationToken cancellationToken);

    internal override int Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> taken;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return 0;
            }

            taken = _pending;
            _pending = [];
        }

        if (taken.Count <= _maxBatchSize)
        {
            _ = RunBatchAsync(taken);
            return 1;
        }

        var batches = 0;
        for (var start = 0; start < taken.Count; start += _maxBatchSize)
        {
            _ = RunBatchAsync(taken.GetRange(start, Math.Min(_maxBatchSize, taken.Count - start)));
            batches++;
        }

        return batches;
    }

    /// <summary>Creates the key's promise and queues the key, unless it is cached. Call under the gate.</summary>
    /// <returns>True when this key made the pending queue non-empty.</returns>
    private bool Register(TKey key, out TaskCompletionSource<TResult> promise)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            promise = cached;
            return false;
        }

        promise = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _cache.Add(key, promise);
        _pending.Add(new KeyValuePair<TKey, TaskCompletionSource<TResult>>(key, promise));
        Interlocked.Increment(ref _requestedKeys);
        return _pending.Count == 1;
    }

    /// <summary>Runs one fetch and settles every promise of the batch. Never faults.</summary>
    private async Task RunBatchAsync(List<KeyValuePair<TKey, TaskCompletionSource<TResult>>> batch)
    {
        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        DataLoaderMetrics.RecordBatch(GetType(), keys.Length);
        try
        {
            var results = await FetchAsync(keys, BatchCancellationToken);
            for (var i = 0; i < keys.Length; i++)
            {
                batch[i].Value.TrySetResult(results[i]);
            }
        }
        catch (OperationCanceledException canceled)
        {
            foreach (var (_, promise) in batch)
            {
                promise.TrySetCanceled(canceled.CancellationToken);
            }
        }
        catch (Exception error)
        {
            foreach (var (_, promise) in batch)
            {
                promise.TrySetException(error);
            }
        }
    }
}
