using Actors.Runtime.Tests.TestGrains;

namespace Actors.Runtime.Tests.Grains;

/// <summary>One turn at a time, and the declared ways out of it.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class TurnTests(MemoryClusterFixture fixture)
{
    [Fact]
    public async Task Ten_thousand_concurrent_calls_on_one_grain_never_interleave_and_all_complete()
    {
        var grain = fixture.Grains.GetGrain<ITurnGrain>($"turns-{Guid.NewGuid():N}");

        var visits = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => Task.Run(grain.Visit)));

        Assert.Equal(0, await grain.Overlaps());
        Assert.Equal(Enumerable.Range(1, 10_000), visits.Order());
    }

    [Fact]
    public async Task A_second_request_waits_until_the_first_has_finished()
    {
        var grain = fixture.Grains.GetGrain<ITurnGrain>($"wait-{Guid.NewGuid():N}");
        var first = $"first-{Guid.NewGuid():N}";
        var second = $"second-{Guid.NewGuid():N}";

        var firstCall = grain.Hold(first);
        await Gates.Entered(first);
        var secondCall = grain.Hold(second);
        Gates.Open(second);

        Assert.False(await Completes(Gates.Entered(second)));
        Gates.Open(first);
        await Task.WhenAll(firstCall, secondCall);
        Assert.True(Gates.Entered(second).IsCompleted);
    }

    [Fact]
    public async Task Requests_to_a_reentrant_grain_interleave_at_await_points()
    {
        var grain = fixture.Grains.GetGrain<IReentrantTurnGrain>($"reentrant-{Guid.NewGuid():N}");
        var first = $"r1-{Guid.NewGuid():N}";
        var second = $"r2-{Guid.NewGuid():N}";

        var firstCall = grain.Hold(first);
        await Gates.Entered(first);
        var secondCall = grain.Hold(second);

        await Gates.Entered(second);
        Gates.Open(first);
        Gates.Open(second);
        await Task.WhenAll(firstCall, secondCall);
    }

    [Fact]
    public async Task Read_only_requests_interleave_with_each_other()
    {
        var grain = fixture.Grains.GetGrain<ITurnGrain>($"readonly-{Guid.NewGuid():N}");
        var first = $"ro1-{Guid.NewGuid():N}";
        var second = $"ro2-{Guid.NewGuid():N}";

        var firstCall = grain.HoldReadOnly(first);
        await Gates.Entered(first);
        var secondCall = grain.HoldReadOnly(second);

        await Gates.Entered(second);
        Gates.Open(first);
        Gates.Open(second);
        await Task.WhenAll(firstCall, secondCall);
    }

    [Fact]
    public async Task An_always_interleave_request_runs_while_another_request_is_held()
    {
        var grain = fixture.Grains.GetGrain<ITurnGrain>($"interleave-{Guid.NewGuid():N}");
        var held = $"held-{Guid.NewGuid():N}";

        var holding = grain.Hold(held);
        await Gates.Entered(held);

        Assert.Equal(0, await grain.Peek());
        Gates.Open(held);
        await holding;
    }

    [Fact]
    public async Task A_call_cycle_completes_through_call_chain_reentrancy()
    {
        var a = fixture.Grains.GetGrain<IPingGrain>($"a-{Guid.NewGuid():N}");
        var b = $"b-{Guid.NewGuid():N}";

        var answer = await a.Ping(b);

        Assert.StartsWith("pong from a-", answer);
    }

    [Fact]
    public async Task A_call_cycle_started_by_an_interleaving_request_completes_too()
    {
        var a = fixture.Grains.GetGrain<IPingGrain>($"ra-{Guid.NewGuid():N}");

        var answer = await a.PingReadOnly($"rb-{Guid.NewGuid():N}");

        Assert.StartsWith("pong from ra-", answer);
    }

    private static async Task<bool> Completes(Task task)
    {
        // A call already queued behind a held one gets several scheduler passes to (wrongly) start.
        for (var i = 0; i < 20 && !task.IsCompleted; i++)
        {
            await Task.Yield();
            await Task.Delay(1);
        }

        return task.IsCompleted;
    }
}
