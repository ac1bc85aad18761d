namespace Actors.GraphQL.DataLoader;

/// <summary>
/// A 1:n loader: each key resolves to a list of values (e.g. <c>ProposalsByJobIdDataLoader</c>: a job's
/// proposals), fetched together with the other keys of its batch. A key with no group resolves to an empty list.
/// </summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    protected GroupDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>
    /// Fetches the groups of one batch, typically <c>rows.ToLookup(r =&gt; r.JobId)</c>.
    /// </summary>
    /// <param name="keys">Distinct keys, at most <see cref="DataLoaderOptions.MaxBatchSize"/>; the list is the
    /// loader's own copy and may be kept.</param>
    /// <param name="cancellationToken">The request's token (the scope's).</param>
    /// <returns>
    /// The values grouped by key. A key without a group resolves to an empty list; keys not asked for are ignored.
    /// Throwing fails every key of this batch with the exception.
    /// </returns>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupsAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<TValue>[]> FetchAsync(
        TKey[] keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupsAsync(keys, cancellationToken)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadGroupsAsync returned null instead of a lookup.");
        var results = new IReadOnlyList<TValue>[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            results[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }

        return results;
    }
}
