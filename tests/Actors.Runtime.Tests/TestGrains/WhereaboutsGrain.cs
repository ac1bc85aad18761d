using Actors.Runtime.Persistence;

namespace Actors.Runtime.Tests.TestGrains;

/// <summary>Where an activation runs: its silo and its activation id.</summary>
[GenerateSerializer]
public sealed record Whereabouts([Id(0)] string Silo, [Id(1)] Guid Activation, [Id(2)] int Calls);

/// <summary>A grain that tells where it runs, counts its calls durably, and can call another grain of its kind (a cross-silo call chain).</summary>
public interface IWhereaboutsGrain : IGrainWithStringKey
{
    Task<Whereabouts> Where();

    /// <summary>Adds one to the durable count and answers where it ran.</summary>
    Task<Whereabouts> Count();

    /// <summary>Asks <paramref name="other"/> where it is, from inside this grain's turn.</summary>
    Task<Whereabouts> AskWhere(IWhereaboutsGrain other);

    /// <summary>Calls <paramref name="other"/>, which calls back into this grain: a call cycle across silos.</summary>
    Task<string> PingPong(IWhereaboutsGrain other);

    Task<string> Pong(IWhereaboutsGrain caller);

    Task<string> Name();

    /// <summary>Throws a <see cref="ArgumentException"/> with <paramref name="text"/> as its message.</summary>
    Task Fail(string text);
}

public sealed record CallCount
{
    public int Calls { get; init; }
}

[HashBasedPlacement]
public sealed class WhereaboutsGrain([PersistentState("calls")] IPersistentState<CallCount> state) : Grain, IWhereaboutsGrain
{
    public Task<Whereabouts> Where() => Task.FromResult(new Whereabouts(RuntimeIdentity, ActivationId, state.State.Calls));

    public async Task<Whereabouts> Count()
    {
        state.State = state.State with { Calls = state.State.Calls + 1 };
        await state.WriteStateAsync();
        return new Whereabouts(RuntimeIdentity, ActivationId, state.State.Calls);
    }

    public Task<Whereabouts> AskWhere(IWhereaboutsGrain other) => other.Where();

    public Task<string> PingPong(IWhereaboutsGrain other) => other.Pong(GrainFactory.GetGrain<IWhereaboutsGrain>(GetPrimaryKeyString()));

    public async Task<string> Pong(IWhereaboutsGrain caller) => $"{GetPrimaryKeyString()} heard {await caller.Name()}";

    public Task<string> Name() => Task.FromResult(GetPrimaryKeyString());

    public Task Fail(string text) => throw new ArgumentException(text);
}
