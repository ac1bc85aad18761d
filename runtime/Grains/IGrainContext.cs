using Actors.Runtime.Persistence;

namespace Actors.Runtime;

/// <summary>The runtime's side of one activation, as the grain and its generated factory see it.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IServiceProvider Services { get; }

    /// <summary>The named persistent state of this grain in storage provider <paramref name="storageName"/>; read before OnActivateAsync.</summary>
    IPersistentState<TState> GetPersistentState<TState>(string stateName, string storageName) where TState : new();
}
