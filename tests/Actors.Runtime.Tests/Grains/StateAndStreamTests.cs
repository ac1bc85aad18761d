using Testing;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>
/// Persistent state, the outbox of events and their delivery, and reminders: the same tests against
/// each storage provider (memory here, PostgreSQL in a subclass).
/// </summary>
public abstract class StateAndStreamTests
{
    protected abstract Task<TestCluster> StartClusterAsync(Action<TestClusterOptions>? configure = null);

    [Fact]
    public async Task State_written_by_a_grain_is_read_back_by_its_next_activation()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"state-{Guid.NewGuid():N}";
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        await counter.Increment(7);

        await counter.Deactivate();
        var catalog = cluster.Services.GetRequiredService<Activation.SiloRuntime>().Catalog;
        await Poll.Until(() => Task.FromResult(catalog.IsActive(new GrainId("counter", key))), active => !active);

        Assert.Equal(7, await counter.Get());
    }

    [Fact]
    public async Task A_write_from_stale_state_fails_with_InconsistentStateException_and_changes_nothing()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"stale-{Guid.NewGuid():N}";
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        await counter.Increment(1);
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var stateKey = new GrainStateKey("counter", key, "counter");
        var stored = await storage.ReadAsync(stateKey, CancellationToken.None);
        await storage.WriteAsync(stateKey, """{"Value":100}"""u8.ToArray(), stored!.ETag, [], [], CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(() => counter.Increment(1));

        var after = await storage.ReadAsync(stateKey, CancellationToken.None);
        Assert.Equal("""{"Value":100}""", System.Text.Encoding.UTF8.GetString(after!.Payload.Span).Replace(" ", ""));
    }

    [Fact]
    public async Task State_is_keyed_by_grain_type_so_equal_names_and_keys_never_collide()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"shared-{Guid.NewGuid():N}";

        await cluster.GrainFactory.GetGrain<ICounterGrain>(key).Increment(5);
        var other = await cluster.GrainFactory.GetGrain<IOtherCounterGrain>(key).Increment(1);

        Assert.Equal(1, other);
        Assert.Equal(5, await cluster.GrainFactory.GetGrain<ICounterGrain>(key).Get());
    }

    [Fact]
    public async Task Events_reach_the_implicit_subscriber_in_order_even_when_it_fails_at_first()
    {
        await using var cluster = await StartClusterAsync(o => o.ConfigureRuntime = r => r.StreamRetryDelay = TimeSpan.FromMilliseconds(5));
        var key = $"audit-{Guid.NewGuid():N}";
        CounterAuditGrain.FailuresLeft[key] = 2;
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);

        for (var i = 1; i <= 20; i++)
        {
            await counter.Count(i);
        }

        var seen = await Poll.Until(() => cluster.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), s => s.Count >= 20);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task An_implicit_subscriber_that_falls_behind_more_announcements_than_are_kept_gets_every_event_once_in_order()
    {
        // The first delivery fails and waits 2 s before its retry; meanwhile 150 writes are announced, more than a
        // delivery keeps (64), so it must read the store for the rest.
        await using var cluster = await StartClusterAsync(o => o.ConfigureRuntime = r => r.StreamRetryDelay = TimeSpan.FromSeconds(2));
        var key = $"behind-{Guid.NewGuid():N}";
        CounterAuditGrain.FailuresLeft[key] = 1;
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        for (var i = 1; i <= 150; i++)
        {
            await counter.Count(1);
        }

        await Poll.Until(() => cluster.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), s => s.Count >= 150);
        await counter.Count(1);

        var seen = await Poll.Until(() => cluster.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), s => s.Count >= 151);
        Assert.Equal(Enumerable.Range(1, 151).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task An_explicit_subscriber_gets_the_events_after_it_subscribed_in_order_until_it_unsubscribes()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"followed-{Guid.NewGuid():N}";
        var follower = cluster.GrainFactory.GetGrain<IFollowerGrain>($"follower-{key}");
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        await counter.Count(1);
        await counter.Count(1);

        await follower.Follow(key);
        for (var i = 0; i < 3; i++)
        {
            await counter.Count(10);
        }

        var values = await Poll.Until(follower.Values, v => v.Count >= 3);
        Assert.Equal([12, 22, 32], values);
        Assert.True(await follower.Unfollow(key));
        Assert.False(await follower.Unfollow(key));
        await counter.Count(100);

        // The implicit audit subscriber of the same stream is woken by the same append: once it has the
        // event, a still-subscribed follower would have been woken too.
        await Poll.Until(() => cluster.GrainFactory.GetGrain<ICounterAuditGrain>(key).Seen(), seen => seen.Count == 6);
        Assert.Equal([12, 22, 32], await follower.Values());
    }

    [Fact]
    public async Task A_grain_that_is_not_a_stream_subscriber_cannot_subscribe()
    {
        await using var cluster = await StartClusterAsync();
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            streams.SubscribeAsync(new StreamId("counter", "x"), new GrainId("counter", "y"), null, CancellationToken.None));

        Assert.Contains("does not implement IStreamSubscriber", error.Message);
    }

    [Fact]
    public async Task A_reader_resuming_after_sequence_N_gets_exactly_the_later_events_in_order_then_live_ones()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"resume-{Guid.NewGuid():N}";
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        for (var i = 1; i <= 10; i++)
        {
            await counter.Count(1);
        }

        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var read = new List<StreamEvent>();
        await using var reader = streams.ReadAsync(new StreamId("counter", key), afterSequence: 6, stop.Token).GetAsyncEnumerator(stop.Token);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await reader.MoveNextAsync());
            read.Add(reader.Current);
        }

        var live = reader.MoveNextAsync();
        Assert.False(live.IsCompleted);
        await counter.Count(1);
        Assert.True(await live);
        read.Add(reader.Current);

        Assert.Equal([7L, 8, 9, 10, 11], read.Select(e => e.Sequence));
        Assert.Equal([7, 8, 9, 10, 11], read.Select(e => ((Counted)e.Event).Value));
        Assert.Equal(11, await streams.ReadLastSequenceAsync(new StreamId("counter", key), CancellationToken.None));
    }

    [Fact]
    public async Task Live_readers_of_a_stream_share_each_decoded_event_and_a_write_announced_late_is_neither_lost_nor_repeated()
    {
        await using var cluster = await StartClusterAsync();
        var key = $"live-{Guid.NewGuid():N}";
        var stream = new StreamId("counter", key);
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        var hub = (StreamHub)cluster.Services.GetRequiredService<IStreamProvider>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await counter.Count(1);
        await using var first = hub.ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        await using var second = hub.ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await first.MoveNextAsync());
        Assert.True(await second.MoveNextAsync());

        // Both have read the store up to sequence 1: what follows reaches them from the announcement.
        var firstNext = first.MoveNextAsync();
        var secondNext = second.MoveNextAsync();
        await counter.Count(1);
        Assert.True(await firstNext);
        Assert.True(await secondNext);
        Assert.Equal((2L, 2L), (first.Current.Sequence, second.Current.Sequence));
        Assert.Same(first.Current.Event, second.Current.Event);

        // Another writer commits sequence 3 but announces it only after sequence 4.
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var late = await storage.WriteAsync(new GrainStateKey("other-writer", key, "state"), "{}"u8.ToArray(), null, [],
            [new EventToAppend(stream, EventTypes.NameOf(typeof(Counted)), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Counted(key, 1, 100), StateJson.Options))],
            CancellationToken.None);
        await counter.Count(1);
        Assert.True(await first.MoveNextAsync());
        Assert.Equal((3L, 100), (first.Current.Sequence, ((Counted)first.Current.Event).Value));
        Assert.True(await first.MoveNextAsync());
        Assert.Equal((4L, 3), (first.Current.Sequence, ((Counted)first.Current.Event).Value));

        hub.OnAppended(late.Events);
        await counter.Count(1);
        Assert.True(await first.MoveNextAsync());
        Assert.Equal((5L, 4), (first.Current.Sequence, ((Counted)first.Current.Event).Value));
        for (var sequence = 3L; sequence <= 5; sequence++)
        {
            Assert.True(await second.MoveNextAsync());
            Assert.Equal(sequence, second.Current.Sequence);
        }
    }

    [Fact]
    public async Task A_reminder_fires_when_its_time_comes_and_a_one_shot_reminder_only_once()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o => o.Time = clock);
        var key = $"remind-{Guid.NewGuid():N}";
        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).Schedule("expire-offer", TimeSpan.FromMinutes(5), null);

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.DoesNotContain($"{key} expire-offer", ReminderGrain.Fired);
        clock.Advance(TimeSpan.FromMinutes(2));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} expire-offer")), n => n == 1);
        await Poll.Until(() => cluster.Services.GetRequiredService<Reminders.IReminderTable>()
            .ReadAsync(new GrainId("reminder", key), "expire-offer", CancellationToken.None), r => r is null);
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, ReminderGrain.Fired.Count(f => f == $"{key} expire-offer"));
    }

    [Fact]
    public async Task A_periodic_reminder_fires_every_period_until_unregistered()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o => o.Time = clock);
        var start = clock.GetUtcNow();
        var key = $"weekly-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<IReminderGrain>(key);
        await grain.Schedule("invoice", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

        for (var i = 1; i <= 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == i);
            await Poll.Until(() => Task.FromResult(Scheduled(cluster, key, "invoice")?.DueAt), due => due == start + TimeSpan.FromSeconds(30 * (i + 1)));
        }

        await grain.Cancel("invoice");
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, ReminderGrain.Fired.Count(f => f == $"{key} invoice"));
    }

    [Fact]
    public async Task A_load_that_read_a_periodic_reminder_before_it_fired_does_not_undo_its_next_period()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o =>
        {
            o.Time = clock;
            o.ConfigureRuntime = r => r.ReminderRefreshPeriod = TimeSpan.FromSeconds(50); // loads at 50 s and 100 s
            o.ConfigureServices = ObservedReminderTable.Decorate;
        });
        var table = (ObservedReminderTable)cluster.Services.GetRequiredService<Reminders.IReminderTable>();
        var start = clock.GetUtcNow();
        var key = $"stale-load-{Guid.NewGuid():N}";
        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).Schedule("invoice", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(30));
        await Poll.Until(() => Task.FromResult(Scheduled(cluster, key, "invoice")?.DueAt), due => due == start + TimeSpan.FromSeconds(60));

        // The load at 50 s reads the reminder due at 60 s, and answers only after it fired and moved to 90 s.
        var load = table.HoldNextLoad();
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Contains(await load.Read.Task.WaitAsync(TimeSpan.FromSeconds(10)), r => r.Name == "invoice" && r.Grain.Key == key);
        clock.Advance(TimeSpan.FromSeconds(10));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == 2);
        await Poll.Until(() => Task.FromResult(Scheduled(cluster, key, "invoice")?.DueAt), due => due == start + TimeSpan.FromSeconds(90));
        load.Released.SetResult();
        await load.Applied.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(start + TimeSpan.FromSeconds(90), Scheduled(cluster, key, "invoice")?.DueAt);
        clock.Advance(TimeSpan.FromSeconds(30)); // to 90 s: no load comes before the period does
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == 3);
    }

    [Fact]
    public async Task A_reminder_whose_periods_fall_due_while_a_tick_is_handled_fires_them_at_once_as_one_tick_then_keeps_its_period()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o =>
        {
            o.Time = clock;
            o.ConfigureRuntime = r => r.RequestTimeout = TimeSpan.FromHours(1); // the clock moves on while the tick is handled
        });
        var start = clock.GetUtcNow();
        var key = $"slow-tick-{Guid.NewGuid():N}";
        var handling = new TaskCompletionSource();
        ReminderGrain.Holds[key] = handling.Task;
        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).Schedule("invoice", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

        clock.Advance(TimeSpan.FromSeconds(30));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == 1);
        clock.Advance(TimeSpan.FromSeconds(70)); // the periods due at 60 s and 90 s fall due while the tick at 30 s is handled
        handling.SetResult();

        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == 2);
        await Poll.Until(() => Task.FromResult(Scheduled(cluster, key, "invoice")?.DueAt), due => due == start + TimeSpan.FromSeconds(120));
        clock.Advance(TimeSpan.FromSeconds(20));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} invoice")), n => n == 3);
        Assert.Equal(
            [start + TimeSpan.FromSeconds(30), start + TimeSpan.FromSeconds(90), start + TimeSpan.FromSeconds(120)],
            ReminderGrain.DueTimes.Where(t => t.Reminder == $"{key} invoice").Select(t => t.DueAt));
    }

    [Fact]
    public async Task A_periodic_reminder_its_grain_unregisters_as_it_fires_stays_unregistered()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o =>
        {
            o.Time = clock;
            o.ConfigureServices = ObservedReminderTable.Decorate;
        });
        var table = (ObservedReminderTable)cluster.Services.GetRequiredService<Reminders.IReminderTable>();
        var key = $"last-invoice-{Guid.NewGuid():N}";
        ReminderGrain.UnregisterOnTick[key] = true;
        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).Schedule("invoice", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

        clock.Advance(TimeSpan.FromSeconds(30));
        await Poll.Until(() => Task.FromResult(table.Writes), writes => writes == 3); // registered, unregistered, then the tick's move to its next period

        Assert.Null(await table.ReadAsync(new GrainId("reminder", key), "invoice", CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, ReminderGrain.Fired.Count(f => f == $"{key} invoice"));
    }

    [Fact]
    public async Task A_grain_timer_ticks_as_a_turn_and_dies_with_the_activation()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartClusterAsync(o => o.Time = clock);
        var key = $"timer-{Guid.NewGuid():N}";
        await cluster.GrainFactory.GetGrain<IReminderGrain>(key).StartTimer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(1));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} timer")), n => n == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Poll.Until(() => Task.FromResult(ReminderGrain.Fired.Count(f => f == $"{key} timer")), n => n == 2);
    }

    /// <summary>The entry whose timer the silo has set for the reminder: the next period is scheduled, not only written.</summary>
    protected static Reminders.ReminderEntry? Scheduled(TestCluster cluster, string key, string name) =>
        cluster.Services.GetRequiredService<Activation.SiloRuntime>().Reminders.GetScheduled(new GrainId("reminder", key), name);
}

public sealed class MemoryStateAndStreamTests : StateAndStreamTests
{
    protected override Task<TestCluster> StartClusterAsync(Action<TestClusterOptions>? configure = null) =>
        MemoryClusterFixture.StartAsync(configure);
}
