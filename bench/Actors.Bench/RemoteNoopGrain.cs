using Actors.Runtime;

namespace Actors.Bench;

public interface IRemoteNoopGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}

/// <summary>The no-op grain of the cross-silo benchmark: activated first from the far silo, so it lives there.</summary>
[PreferLocalPlacement]
public sealed class RemoteNoopGrain : Grain, IRemoteNoopGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value);
}
