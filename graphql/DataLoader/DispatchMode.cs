namespace Actors.GraphQL.DataLoader;

/// <summary>Who starts the batches of the loaders in a <see cref="DataLoaderScope"/>.</summary>
public enum DispatchMode
{
    /// <summary>
    /// The executor does: keys wait until it calls <see cref="DataLoaderScope.Dispatch"/> (or drives the scope
    /// with <see cref="DataLoaderScope.DispatchUntilCompleteAsync"/>). Nothing is fetched on its own, so the
    /// batch boundaries are exactly the executor's levels.
    /// </summary>
    Manual,

    /// <summary>
    /// Each loader does, after the synchronous burst of work that requested its first pending key has ended
    /// (see <see cref="DataLoaderBase"/>). For code outside an executor. A loader that belongs to no scope
    /// behaves this way too.
    /// </summary>
    Automatic,
}
