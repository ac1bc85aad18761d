namespace Actors.Runtime.Tests.TestGrains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields a few times, leaves; returns how many calls it has seen.</summary>
    Task<int> Visit();

    /// <summary>How many times two calls were ever inside at once.</summary>
    Task<int> Overlaps();

    /// <summary>Waits until the test opens the gate of <paramref name="name"/>; records entering and leaving.</summary>
    Task Hold(string name);

    [ReadOnly]
    Task HoldReadOnly(string name);

    [AlwaysInterleave]
    Task<int> Peek();
}

/// <summary>Gates tests open by name, and a log of what entered, shared by the test grains of one test.</summary>
public static class Gates
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> s_gates = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> s_entered = new();

    public static Task WaitOpen(string name) => Gate(s_gates, name).Task;

    public static void Open(string name) => Gate(s_gates, name).TrySetResult();

    public static void MarkEntered(string name) => Gate(s_entered, name).TrySetResult();

    public static Task Entered(string name) => Gate(s_entered, name).Task;

    private static TaskCompletionSource Gate(System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> gates, string name) =>
        gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

public sealed class TurnGrain : Grain, ITurnGrain
{
    private int _inside;
    private int _overlaps;
    private int _visits;

    public async Task<int> Visit()
    {
        if (++_inside > 1)
        {
            _overlaps++;
        }

        await Task.Yield();
        await Task.Delay(0);
        await Task.Yield();
        _inside--;
        return ++_visits;
    }

    public Task<int> Overlaps() => Task.FromResult(_overlaps);

    public async Task Hold(string name)
    {
        Gates.MarkEntered(name);
        await Gates.WaitOpen(name);
    }

    public Task HoldReadOnly(string name) => Hold(name);

    public Task<int> Peek() => Task.FromResult(_visits);
}

public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task Hold(string name);
}

[Reentrant]
public sealed class ReentrantTurnGrain : Grain, IReentrantTurnGrain
{
    public async Task Hold(string name)
    {
        Gates.MarkEntered(name);
        await Gates.WaitOpen(name);
    }
}

public interface IPingGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/>, which calls back <see cref="Pong"/> on this grain: a cycle A -> B -> A.</summary>
    Task<string> Ping(string other);

    /// <summary>The same cycle started by a read-only request, whose chain travels in the execution context.</summary>
    [ReadOnly]
    Task<string> PingReadOnly(string other);

    Task<string> Pong();

    /// <summary>Takes another grain by reference and calls it.</summary>
    Task<string> AskPong(IPingGrain other);

    /// <summary>Called by another ping grain: calls back the caller.</summary>
    Task<string> Relay(string caller);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<string> Ping(string other) => GrainFactory.GetGrain<IPingGrain>(other).Relay(GetPrimaryKeyString());

    public Task<string> PingReadOnly(string other) => Ping(other);

    public Task<string> Pong() => Task.FromResult($"pong from {GetPrimaryKeyString()}");

    public Task<string> AskPong(IPingGrain other) => other.Pong();

    public Task<string> Relay(string caller) => GrainFactory.GetGrain<IPingGrain>(caller).Pong();
}
