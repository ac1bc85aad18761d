using Actors.Runtime;

namespace Actors.Bench;

public interface INoopGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}

/// <summary>Does nothing but answer: the cost measured is the runtime's own.</summary>
public sealed class NoopGrain : Grain, INoopGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value);
}
