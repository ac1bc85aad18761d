using System.Diagnostics;
using Actors.Runtime.Clustering;
using Actors.Runtime.Messaging;
using Actors.Runtime.Testing;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Cluster;

/// <summary>
/// Three silos in this process over real TCP on loopback, sharing an in-memory membership table, grain directory and
/// store: calls spread over the silos, every grain has one activation whichever silo calls it, calls and call cycles
/// cross silos, exceptions travel back, a cluster client calls through the gateways, and a silo that dies or leaves
/// hands its grains to the others.
/// </summary>
public sealed class InProcessClusterTests
{
    private static Task<TestCluster> StartAsync(int silos = 3, bool client = false, bool clustered = true) =>
        TestCluster.StartAsync(options =>
        {
            options.ConfigureRuntime = runtime =>
            {
                runtime.ReminderRefreshPeriod = TimeSpan.FromSeconds(1);
                runtime.RecordActivations = true;
            };
            options.Assemblies.Add(typeof(WhereaboutsGrain).Assembly);
            options.ConfigureServices = services => services.AddSingleton(new Greeting("hi"));
            options.Silos = silos;
            options.StartClient = client;
            options.Clustered = clustered;
        });

    private static IGrainFactory Factory(TestCluster cluster, int silo) => cluster.Silos[silo]!.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task Every_silo_joins_and_the_table_lists_them_active()
    {
        await using var cluster = await StartAsync();

        var snapshot = await cluster.MembershipTable.ReadAllAsync(default);

        Assert.Equal(3, snapshot.Entries.Count(e => e.Status == SiloStatus.Active));
        Assert.Equal(
            new[] { cluster.SiloAddressOf(0), cluster.SiloAddressOf(1), cluster.SiloAddressOf(2) }.Order(),
            snapshot.Entries.Where(e => e.Status == SiloStatus.Active).Select(e => e.Silo).Order());
        Assert.All(snapshot.Entries, entry => Assert.True(entry.GatewayPort > 0));
    }

    [Fact]
    public async Task Grains_spread_over_the_silos_and_each_has_one_activation_whichever_silo_calls_it()
    {
        await using var cluster = await StartAsync();
        var keys = Enumerable.Range(0, 30).Select(i => $"spread-{i}-{Guid.NewGuid():N}").ToList();

        var seen = new Dictionary<string, HashSet<Whereabouts>>();
        for (var silo = 0; silo < 3; silo++)
        {
            foreach (var key in keys)
            {
                var where = await Factory(cluster, silo).GetGrain<IWhereaboutsGrain>(key).Where();
                (seen.TryGetValue(key, out var set) ? set : seen[key] = []).Add(where with { Calls = 0 });
            }
        }

        Assert.All(seen.Values, places => Assert.Single(places));
        var silos = seen.Values.Select(places => places.Single().Silo).Distinct().ToList();
        Assert.True(silos.Count >= 2, $"30 grains all went to {string.Join(", ", silos)}");
        Assert.All(silos, silo => Assert.Contains(silo, Enumerable.Range(0, 3).Select(i => cluster.SiloAddressOf(i).ToString())));
    }

    [Fact]
    public async Task A_grain_calls_a_grain_on_another_silo_and_a_call_cycle_across_silos_completes()
    {
        await using var cluster = await StartAsync();
        var grains = Factory(cluster, 0);
        var (a, b) = await TwoGrainsOnDifferentSilosAsync(grains);

        var where = await a.AskWhere(b);
        var cycle = await a.PingPong(b);

        Assert.Equal((await b.Where()).Silo, where.Silo);
        Assert.NotEqual((await a.Where()).Silo, where.Silo);
        Assert.Equal($"{await b.Name()} heard {await a.Name()}", cycle);
    }

    [Fact]
    public async Task An_exception_thrown_on_another_silo_reaches_the_caller_with_its_type_and_message()
    {
        await using var cluster = await StartAsync();
        var grains = Factory(cluster, 0);
        var remote = await GrainOnAnotherSiloAsync(grains, cluster.SiloAddressOf(0).ToString());

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => remote.Fail("the offer already expired"));

        Assert.Equal("the offer already expired", thrown.Message);
    }

    [Fact]
    public async Task A_cluster_client_calls_grains_through_the_gateways_and_reaches_the_same_activations()
    {
        await using var cluster = await StartAsync(client: true);
        var key = $"client-{Guid.NewGuid():N}";

        var fromClient = await cluster.ClientGrainFactory.GetGrain<IWhereaboutsGrain>(key).Count();
        var fromSilo = await Factory(cluster, 2).GetGrain<IWhereaboutsGrain>(key).Count();

        Assert.Equal(fromClient.Activation, fromSilo.Activation);
        Assert.Equal(2, fromSilo.Calls);
        await Assert.ThrowsAsync<ArgumentException>(() => cluster.ClientGrainFactory.GetGrain<IWhereaboutsGrain>(key).Fail("no"));
    }

    [Fact]
    public async Task A_killed_silo_fails_calls_fast_then_its_grains_reactivate_on_the_survivors_with_their_state()
    {
        await using var cluster = await StartAsync();
        var grains = Factory(cluster, 0);
        var victim = cluster.SiloAddressOf(2).ToString();
        var moved = await GrainOnSiloAsync(grains, victim);
        for (var i = 0; i < 3; i++)
        {
            await moved.Count();
        }

        var killedAt = DateTimeOffset.UtcNow;
        await cluster.KillSiloAsync(2);
        var clock = Stopwatch.StartNew();
        Whereabouts? after = null;
        var failures = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            var call = Stopwatch.StartNew();
            try
            {
                after = await moved.Count();
                break;
            }
            catch (SiloUnavailableException)
            {
                failures++;
                Assert.True(call.Elapsed < TimeSpan.FromSeconds(5), $"a call to the dead silo took {call.Elapsed.TotalSeconds:0.0} s to fail");
                await Task.Delay(100);
            }
        }

        Assert.NotNull(after);
        Assert.NotEqual(victim, after.Silo);
        Assert.Equal(4, after.Calls); // the three counted before the kill were written, none lost
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the grain took {clock.Elapsed.TotalSeconds:0.0} s to come back");
        var row = (await cluster.MembershipTable.ReadAllAsync(default)).Entries.Single(e => e.Silo.ToString() == victim);
        Assert.Equal(SiloStatus.Dead, row.Status);
        Assert.NotEmpty(row.Suspicions);
        var lives = (await cluster.ActivationHistory.ReadAsync("whereabouts", default)).Where(r => r.Activation.Grain == ((GrainReference)moved).GrainId).ToList();
        Assert.Equal(2, lives.Count); // the one on the killed silo (never deactivated), then the survivor's, begun after the kill
        Assert.Equal(victim, lives[0].Activation.Silo.ToString());
        Assert.Null(lives[0].DeactivatedAt);
        Assert.True(lives[1].ActivatedAt >= killedAt, "the grain activated on a survivor before its silo was killed");
    }

    [Fact]
    public async Task A_silo_that_leaves_gracefully_writes_itself_dead_and_its_grains_answer_from_the_others()
    {
        await using var cluster = await StartAsync();
        var grains = Factory(cluster, 0);
        var leaving = cluster.SiloAddressOf(1).ToString();
        var grain = await GrainOnSiloAsync(grains, leaving);
        await grain.Count();

        await cluster.StopSiloAsync(1);
        var after = await grain.Count();

        Assert.NotEqual(leaving, after.Silo);
        Assert.Equal(2, after.Calls);
        var row = (await cluster.MembershipTable.ReadAllAsync(default)).Entries.Single(e => e.Silo.ToString() == leaving);
        Assert.Equal(SiloStatus.Dead, row.Status);
        Assert.Empty(row.Suspicions);
    }

    [Fact]
    public async Task A_silo_started_later_joins_and_takes_new_activations()
    {
        await using var cluster = await StartAsync(silos: 1);
        var index = await cluster.StartSiloAsync();
        var newcomer = cluster.SiloAddressOf(index).ToString();

        var placed = await GrainOnSiloAsync(Factory(cluster, 0), newcomer);

        Assert.Equal(newcomer, (await placed.Where()).Silo);
    }

    [Fact]
    public async Task Each_reminder_belongs_to_one_silo_and_fires_once_on_a_survivor_when_that_silo_dies()
    {
        await using var cluster = await StartAsync();
        var key = $"reminded-{Guid.NewGuid():N}";
        var grain = GrainId(key);
        await Factory(cluster, 0).GetGrain<IReminderGrain>(key).Schedule("review-window", TimeSpan.FromSeconds(5), null);

        // The ring gives every grain's reminders to one silo: kill that one before the reminder falls due.
        var owners = Enumerable.Range(0, 3).Where(i => cluster.Runtime(i).Reminders.Owns(grain)).ToList();
        Assert.Single(owners);
        var holders = owners;
        await cluster.KillSiloAsync(holders[0]);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!ReminderGrain.Fired.Contains($"{key} review-window") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains($"{key} review-window", ReminderGrain.Fired);
        Assert.Single(ReminderGrain.Fired, fired => fired == $"{key} review-window");
    }

    [Fact]
    public async Task Stream_events_reach_implicit_subscribers_on_other_silos_in_order()
    {
        await using var cluster = await StartAsync();
        var counters = Enumerable.Range(0, 6).Select(i => $"streamed-{i}-{Guid.NewGuid():N}").ToList();
        foreach (var counter in counters)
        {
            for (var i = 0; i < 5; i++)
            {
                await Factory(cluster, i % 3).GetGrain<ICounterGrain>(counter).Count(1);
            }
        }

        foreach (var counter in counters)
        {
            var audit = Factory(cluster, 1).GetGrain<ICounterAuditGrain>(counter);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while ((await audit.Seen()).Count < 5 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal([1L, 2, 3, 4, 5], await audit.Seen());
        }
    }

    [Fact]
    public async Task A_silo_that_reads_it_was_declared_dead_stops_itself()
    {
        await using var cluster = await StartAsync();
        var condemned = cluster.SiloAddressOf(1);
        var lifetime = cluster.Silos[1]!.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();

        var snapshot = await cluster.MembershipTable.ReadAllAsync(default);
        Assert.True(await cluster.MembershipTable.UpdateAsync(snapshot.Find(condemned)! with { Status = SiloStatus.Dead }, snapshot.Version, default));

        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(stopped.SetResult);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static GrainId GrainId(string key) => new("reminder", key);

    private static async Task<(IWhereaboutsGrain A, IWhereaboutsGrain B)> TwoGrainsOnDifferentSilosAsync(IGrainFactory grains)
    {
        var a = grains.GetGrain<IWhereaboutsGrain>($"a-{Guid.NewGuid():N}");
        var silo = (await a.Where()).Silo;
        return (a, await GrainOnAnotherSiloAsync(grains, silo));
    }

    private static async Task<IWhereaboutsGrain> GrainOnAnotherSiloAsync(IGrainFactory grains, string silo)
    {
        for (var i = 0; i < 200; i++)
        {
            var candidate = grains.GetGrain<IWhereaboutsGrain>($"other-{i}-{Guid.NewGuid():N}");
            if ((await candidate.Where()).Silo != silo)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"200 grains all activated on {silo}.");
    }

    private static async Task<IWhereaboutsGrain> GrainOnSiloAsync(IGrainFactory grains, string silo)
    {
        for (var i = 0; i < 200; i++)
        {
            var candidate = grains.GetGrain<IWhereaboutsGrain>($"on-{i}-{Guid.NewGuid():N}");
            if ((await candidate.Where()).Silo == silo)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"None of 200 grains activated on {silo}.");
    }
}
