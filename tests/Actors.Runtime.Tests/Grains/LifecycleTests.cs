using Testing;
using Actors.Runtime.Activation;
using Actors.Runtime.Messaging;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>Activation, deactivation, idle collection, shutdown and request timeouts, on a clock the tests move.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task OnActivateAsync_runs_once_before_the_first_request()
    {
        await using var cluster = await MemoryClusterFixture.StartAsync();
        var key = $"once-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>(key);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => grain.Hello()));

        Assert.Equal(1, Lifecycle.Count($"activate {key}"));
    }

    [Fact]
    public async Task DeactivateOnIdle_ends_the_activation_and_the_next_call_activates_anew()
    {
        await using var cluster = await MemoryClusterFixture.StartAsync();
        var key = $"leave-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>(key);

        await grain.Leave();
        await Deactivated(cluster, new GrainId("lifecycle", key));
        await grain.Hello();

        Assert.Equal(1, Lifecycle.Count($"deactivate {key} Requested"));
        Assert.Equal(2, Lifecycle.Count($"activate {key}"));
    }

    [Fact]
    public async Task An_activation_idle_for_the_collection_age_is_collected()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MemoryClusterFixture.StartAsync(o =>
        {
            o.Time = clock;
            o.ConfigureRuntime = r => (r.CollectionAge, r.CollectionQuantum) = (TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        });
        var busy = $"busy-{Guid.NewGuid():N}";
        var idle = $"idle-{Guid.NewGuid():N}";
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>(busy).Hello();
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>(idle).Hello();

        for (var minute = 0; minute < 11; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (minute < 9)
            {
                await cluster.GrainFactory.GetGrain<ILifecycleGrain>(busy).Hello();
            }
        }

        // The sweeps run on timer callbacks; on a loaded machine give them a few more minutes (the busy grain stays busy).
        var catalog = cluster.Services.GetRequiredService<SiloRuntime>().Catalog;
        for (var extra = 0; extra < 4 && catalog.IsActive(new GrainId("lifecycle", idle)); extra++)
        {
            await Task.Delay(100);
            await cluster.GrainFactory.GetGrain<ILifecycleGrain>(busy).Hello();
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await Deactivated(cluster, new GrainId("lifecycle", idle));
        Assert.Equal(1, Lifecycle.Count($"deactivate {idle} Idle"));
        Assert.True(cluster.Services.GetRequiredService<SiloRuntime>().Catalog.IsActive(new GrainId("lifecycle", busy)));
    }

    [Fact]
    public async Task The_default_collection_age_is_fifteen_minutes_and_the_request_timeout_thirty_seconds()
    {
        var options = new Hosting.RuntimeOptions();

        Assert.Equal(TimeSpan.FromMinutes(15), options.CollectionAge);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Shutdown_deactivates_every_activation_and_flushes_their_state()
    {
        var clusterTask = MemoryClusterFixture.StartAsync();
        await using var cluster = await clusterTask;
        var keys = Enumerable.Range(0, 5).Select(i => $"shutdown-{i}-{Guid.NewGuid():N}").ToList();
        foreach (var key in keys)
        {
            await cluster.GrainFactory.GetGrain<ILifecycleGrain>(key).Remember($"note for {key}");
        }

        var storage = cluster.Services.GetRequiredKeyedService<Persistence.IGrainStorage>("Default");
        await cluster.DisposeAsync();

        foreach (var key in keys)
        {
            Assert.Equal(1, Lifecycle.Count($"deactivate {key} Shutdown"));
            var stored = await storage.ReadAsync(new Persistence.GrainStateKey("lifecycle", key, "notes"), CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Contains($"note for {key}", System.Text.Encoding.UTF8.GetString(stored.Payload.Span));
        }
    }

    [Fact]
    public async Task A_failing_OnActivateAsync_fails_the_call_and_leaves_no_activation()
    {
        await using var cluster = await MemoryClusterFixture.StartAsync();
        var key = $"broken-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>(key);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(grain.Hello);
        var again = await Assert.ThrowsAsync<InvalidOperationException>(grain.Hello);

        Assert.Equal($"grain {key} refuses to activate", error.Message);
        Assert.Equal(error.Message, again.Message);
        Assert.Equal(2, Lifecycle.Count($"activate {key}"));
        Assert.False(cluster.Services.GetRequiredService<SiloRuntime>().Catalog.IsActive(new GrainId("lifecycle", key)));
    }

    [Fact]
    public async Task A_request_without_an_answer_times_out_with_an_exception_naming_grain_and_method()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MemoryClusterFixture.StartAsync(o =>
        {
            o.Time = clock;
            o.ConfigureRuntime = r => (r.RequestTimeout, r.RequestTimeoutCheckPeriod) = (TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        });
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("stuck");
        var gate = $"never-{Guid.NewGuid():N}";
        var running = grain.Hold(gate);
        var queued = grain.Visit();
        await Gates.Entered(gate);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(running.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<RequestTimeoutException>(() => running);
        Assert.Equal("Request ITurnGrain.Hold to grain turn/stuck timed out after 30 s: it was still running.", error.Message);
        var waiting = await Assert.ThrowsAsync<RequestTimeoutException>(() => queued);
        Assert.Contains("ITurnGrain.Visit", waiting.Message);
        Assert.Contains("still waiting for an earlier request", waiting.Message);
    }

    [Fact]
    public async Task Calls_after_shutdown_are_refused_with_a_clear_exception()
    {
        var cluster = await MemoryClusterFixture.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>("late");
        await cluster.DisposeAsync();

        var error = await Assert.ThrowsAsync<SiloUnavailableException>(() => grain.Get());

        Assert.Contains("shutting down", error.Message);
    }

    private static async Task Deactivated(Testing.TestCluster cluster, GrainId grain)
    {
        var catalog = cluster.Services.GetRequiredService<SiloRuntime>().Catalog;
        for (var i = 0; i < 500 && catalog.IsActive(grain); i++)
        {
            await Task.Delay(10);
        }

        Assert.False(catalog.IsActive(grain), $"{grain} is still active");
    }
}
