namespace Actors.GraphQL.DataLoader;

/// <summary>Settings of one loader, passed to its constructor.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The settings used when a loader is given none: batches of any size.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>
    /// The most keys one call of the fetch function receives; more pending keys are split into several
    /// batches of at most this size, all started by the same dispatch. Null means no limit.
    /// </summary>
    public int? MaxBatchSize { get; init; }
}
