using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment(int by);

    Task<int> Get();

    /// <summary>Adds and records a "Counted" event on stream ("counter", key), in one write.</summary>
    Task<int> Count(int by);

    /// <summary>Ends this activation after the call; the next call reads the state anew.</summary>
    Task Deactivate();
}

public sealed record CounterState
{
    public int Value { get; init; }
}

public sealed record Counted(string Counter, int By, int Value);

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public async Task<int> Increment(int by)
    {
        state.State = state.State with { Value = state.State.Value + by };
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public async Task<int> Count(int by)
    {
        state.State = state.State with { Value = state.State.Value + by };
        state.RecordEvent(new StreamId("counter", GetPrimaryKeyString()), new Counted(GetPrimaryKeyString(), by, state.State.Value));
        await state.WriteStateAsync();
        return state.State.Value;
    }
}

/// <summary>Another grain type whose state has the same name as CounterGrain's: the two must never share a record.</summary>
public interface IOtherCounterGrain : IGrainWithStringKey
{
    Task<int> Increment(int by);
}

public sealed class OtherCounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, IOtherCounterGrain
{
    public async Task<int> Increment(int by)
    {
        state.State = state.State with { Value = state.State.Value + by };
        await state.WriteStateAsync();
        return state.State.Value;
    }
}
