namespace Actors.GraphQL.DataLoader;

/// <summary>
/// A 1:1 loader: each key resolves to at most one value, fetched together with the other keys of its batch.
/// Name concrete loaders <c>&lt;Entity&gt;By&lt;Key&gt;DataLoader</c>, e.g. <c>ClientByIdDataLoader</c>, and
/// get them from the request's <see cref="DataLoaderScope"/>.
/// </summary>
/// <example>
/// <code>
/// public sealed class ClientByIdDataLoader(IGrainFactory grains) : BatchDataLoader&lt;string, Client&gt;
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;string, Client&gt;&gt; LoadBatchAsync(
///         IReadOnlyList&lt;string&gt; keys, CancellationToken cancellationToken)
///     {
///         var clients = await Task.WhenAll(keys.Select(id =&gt; grains.GetGrain&lt;IClientGrain&gt;(id).GetAsync()));
///         return clients.OfType&lt;Client&gt;().ToDictionary(c =&gt; c.Id);
///     }
/// }
/// </code>
/// </example>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>
    /// Fetches the values of one batch. Called once per batch, never concurrently for the same keys.
    /// </summary>
    /// <param name="keys">Distinct keys, at most <see cref="DataLoaderOptions.MaxBatchSize"/>; the list is the
    /// loader's own copy and may be kept.</param>
    /// <param name="cancellationToken">The request's token (the scope's).</param>
    /// <returns>
    /// The values found, keyed by key. A key left out resolves to <c>default</c> (null); keys not asked for are
    /// ignored. Throwing fails every key of this batch with the exception.
    /// </returns>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue?[]> FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null instead of a dictionary.");
        var results = new TValue?[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            results[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return results;
    }
}
