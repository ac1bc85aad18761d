using Testing;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Grains;

/// <summary>The state, stream and reminder tests on PostgreSQL, plus what only durable storage can show: a restart loses nothing.</summary>
public sealed class PostgresStateAndStreamTests(PostgresDatabase database) : StateAndStreamTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestCluster> StartClusterAsync(Action<TestClusterOptions>? configure = null) =>
        PostgresCluster.StartAsync(database, configure);

    [Fact]
    public async Task After_a_restart_state_events_pending_deliveries_and_due_reminders_are_all_there()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o =>
        {
            o.Time = clock;
            o.ConfigureRuntime = r => r.StreamRetryDelay = TimeSpan.FromHours(1);
        });
        var key = $"restart-{Guid.NewGuid():N}";
        CounterAuditGrain.FailuresLeft[key] = 1; // the first delivery fails; its retry is an hour away
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        for (var i = 0; i < 3; i++)
        {
            await counter.Count(2);
        }

        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).Schedule("auto-release", TimeSpan.FromMinutes(10), null);
        await Poll.Until(() => Task.FromResult(CounterAuditGrain.FailuresLeft[key]), left => left == 0);

        await cluster.RestartAsync();
        clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(6, await cluster.GrainFactory.GetGrain<ICounterGrain>(key).Get());
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var events = await streams.ReadAsync(new StreamId("counter", key), 0, stop.Token).Take(3).ToListAsync(stop.Token);
        Assert.Equal([2, 4, 6], events.Select(e => ((Counted)e.Event).Value));
        var seen = await Poll.Until(() => cluster.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), s => s.Count == 3);
        Assert.Equal([1L, 2, 3], seen);
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} auto-release")), n => n == 1);
    }

    [Fact]
    public async Task An_explicit_subscription_survives_a_restart()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"durable-follow-{Guid.NewGuid():N}";
        await cluster.GrainFactory.GetGrain<IFollowerGrain>($"follower-{key}").Follow(key);

        await cluster.RestartAsync();
        await cluster.GrainFactory.GetGrain<ICounterGrain>(key).Count(5);

        var values = await Poll.Until(cluster.GrainFactory.GetGrain<IFollowerGrain>($"follower-{key}").Values, v => v.Count >= 1);
        Assert.Equal([5], values);
    }
}
