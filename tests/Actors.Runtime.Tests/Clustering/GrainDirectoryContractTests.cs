using Actors.Runtime.Clustering;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>
/// What every <see cref="IGrainDirectory"/> promises, run against each provider: the first registration of a
/// grain wins and every later or concurrent one is told the winner, a replacement happens only for the
/// activation named, removal takes only the matching activation, and clusters do not see each other.
/// </summary>
public abstract class GrainDirectoryContractTests : IAsyncLifetime
{
    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The directory of <paramref name="clusterId"/> as one more silo of that cluster would get it: every call
    /// is another silo's view of the same registrations (its own instance where the provider has one per silo).
    /// </summary>
    protected abstract IGrainDirectory DirectoryOf(string clusterId);

    protected static string NewClusterId() => $"cluster-{Guid.NewGuid():N}";

    protected static GrainId NewGrain(string type = "job") => new(type, Guid.NewGuid().ToString("N"));

    protected static SiloAddress NewSilo(string host = "10.0.0.1", int port = 11111) =>
        new(host, port, Random.Shared.NextInt64(1, long.MaxValue));

    protected static GrainAddress Activation(GrainId grain, SiloAddress silo) => new(grain, silo, Guid.NewGuid());

    [Fact]
    public async Task Looking_up_an_unknown_grain_returns_null()
    {
        Assert.Null(await DirectoryOf(NewClusterId()).LookupAsync(NewGrain(), default));
    }

    [Fact]
    public async Task The_first_registration_wins_and_reads_back()
    {
        var directory = DirectoryOf(NewClusterId());
        var address = Activation(NewGrain(), NewSilo());

        Assert.Equal(address, await directory.RegisterAsync(address, null, default));

        Assert.Equal(address, await directory.LookupAsync(address.Grain, default));
    }

    [Fact]
    public async Task A_later_registration_from_another_silo_is_told_the_first_and_changes_nothing()
    {
        var clusterId = NewClusterId();
        var grain = NewGrain();
        var first = Activation(grain, NewSilo());
        await DirectoryOf(clusterId).RegisterAsync(first, null, default);

        var second = await DirectoryOf(clusterId).RegisterAsync(Activation(grain, NewSilo("10.0.0.2")), null, default);

        Assert.Equal(first, second);
        Assert.Equal(first, await DirectoryOf(clusterId).LookupAsync(grain, default));
    }

    [Fact]
    public async Task Registering_the_registered_activation_again_returns_it()
    {
        var directory = DirectoryOf(NewClusterId());
        var address = Activation(NewGrain(), NewSilo());
        await directory.RegisterAsync(address, null, default);

        Assert.Equal(address, await directory.RegisterAsync(address, null, default));
        Assert.Equal(address, await directory.LookupAsync(address.Grain, default));
    }

    [Fact]
    public async Task Grains_of_the_same_key_and_another_type_are_registered_apart()
    {
        var directory = DirectoryOf(NewClusterId());
        var job = Activation(NewGrain("job"), NewSilo());
        var proposal = Activation(job.Grain with { Type = "proposal" }, NewSilo("10.0.0.2"));

        Assert.Equal(job, await directory.RegisterAsync(job, null, default));
        Assert.Equal(proposal, await directory.RegisterAsync(proposal, null, default));

        Assert.Equal(job, await directory.LookupAsync(job.Grain, default));
        Assert.Equal(proposal, await directory.LookupAsync(proposal.Grain, default));
    }

    [Fact]
    public async Task Of_20_concurrent_registrations_of_one_grain_exactly_one_wins_and_every_call_returns_it()
    {
        const int silos = 20;
        var clusterId = NewClusterId();
        var grain = NewGrain();
        var candidates = Enumerable.Range(0, silos).Select(i => Activation(grain, NewSilo($"10.0.2.{i}"))).ToList();

        var results = await Task.WhenAll(candidates.Select(
            candidate => Task.Run(() => DirectoryOf(clusterId).RegisterAsync(candidate, null, default))));

        var winner = Assert.Single(results.Distinct());
        Assert.Contains(winner, candidates);
        Assert.Equal(winner, await DirectoryOf(clusterId).LookupAsync(grain, default));
    }

    [Fact]
    public async Task Replacing_the_registered_activation_swaps_it_for_the_new_one()
    {
        var directory = DirectoryOf(NewClusterId());
        var grain = NewGrain();
        var onDeadSilo = Activation(grain, NewSilo());
        await directory.RegisterAsync(onDeadSilo, null, default);
        var replacement = Activation(grain, NewSilo("10.0.0.2"));

        Assert.Equal(replacement, await directory.RegisterAsync(replacement, onDeadSilo, default));

        Assert.Equal(replacement, await directory.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Replacing_an_activation_that_is_not_registered_removes_nothing_and_returns_the_registered_one()
    {
        var directory = DirectoryOf(NewClusterId());
        var grain = NewGrain();
        var registered = Activation(grain, NewSilo());
        await directory.RegisterAsync(registered, null, default);
        var candidate = Activation(grain, NewSilo("10.0.0.2"));

        // The same silo with another activation id, another silo with the same id, and one never registered.
        Assert.Equal(registered, await directory.RegisterAsync(candidate, registered with { ActivationId = Guid.NewGuid() }, default));
        Assert.Equal(registered, await directory.RegisterAsync(candidate, registered with { Silo = NewSilo("10.0.0.3") }, default));
        Assert.Equal(registered, await directory.RegisterAsync(candidate, Activation(grain, NewSilo("10.0.0.4")), default));

        Assert.Equal(registered, await directory.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Replacing_on_a_grain_without_a_registration_registers_the_new_activation()
    {
        var directory = DirectoryOf(NewClusterId());
        var grain = NewGrain();
        var address = Activation(grain, NewSilo());

        Assert.Equal(address, await directory.RegisterAsync(address, Activation(grain, NewSilo("10.0.0.2")), default));
        Assert.Equal(address, await directory.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Of_concurrent_replacements_of_one_dead_activation_exactly_one_wins_and_every_call_returns_it()
    {
        const int silos = 20;
        var clusterId = NewClusterId();
        var grain = NewGrain();
        var onDeadSilo = Activation(grain, NewSilo());
        await DirectoryOf(clusterId).RegisterAsync(onDeadSilo, null, default);
        var candidates = Enumerable.Range(0, silos).Select(i => Activation(grain, NewSilo($"10.0.3.{i}"))).ToList();

        var results = await Task.WhenAll(candidates.Select(
            candidate => Task.Run(() => DirectoryOf(clusterId).RegisterAsync(candidate, onDeadSilo, default))));

        var winner = Assert.Single(results.Distinct());
        Assert.Contains(winner, candidates);
        Assert.Equal(winner, await DirectoryOf(clusterId).LookupAsync(grain, default));
    }

    [Fact]
    public async Task Unregister_removes_only_the_matching_activation()
    {
        var directory = DirectoryOf(NewClusterId());
        var grain = NewGrain();
        var old = Activation(grain, NewSilo());
        await directory.RegisterAsync(old, null, default);

        await directory.UnregisterAsync(old with { ActivationId = Guid.NewGuid() }, default);
        await directory.UnregisterAsync(old with { Silo = NewSilo("10.0.0.2") }, default);
        Assert.Equal(old, await directory.LookupAsync(grain, default));

        await directory.UnregisterAsync(old, default);
        Assert.Null(await directory.LookupAsync(grain, default));

        // A late unregister of the old activation (same silo) leaves the newer registration alone.
        var newer = old with { ActivationId = Guid.NewGuid() };
        Assert.Equal(newer, await directory.RegisterAsync(newer, null, default));
        await directory.UnregisterAsync(old, default);
        Assert.Equal(newer, await directory.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Unregistering_a_grain_that_has_no_registration_does_nothing()
    {
        var directory = DirectoryOf(NewClusterId());
        var grain = NewGrain();

        await directory.UnregisterAsync(Activation(grain, NewSilo()), default);

        Assert.Null(await directory.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Unregister_silo_removes_exactly_that_silos_registrations_and_returns_how_many()
    {
        var clusterId = NewClusterId();
        var directory = DirectoryOf(clusterId);
        var dead = NewSilo();
        var restarted = dead with { Generation = dead.Generation == long.MaxValue ? 1 : dead.Generation + 1 };
        var alive = NewSilo("10.0.0.2");
        var onDead = Enumerable.Range(0, 3).Select(_ => Activation(NewGrain(), dead)).ToList();
        var onRestarted = Activation(NewGrain(), restarted);
        var onAlive = Enumerable.Range(0, 2).Select(_ => Activation(NewGrain(), alive)).ToList();
        foreach (var address in onDead.Append(onRestarted).Concat(onAlive))
        {
            await directory.RegisterAsync(address, null, default);
        }

        var otherCluster = DirectoryOf(NewClusterId());
        var sameSiloElsewhere = Activation(NewGrain(), dead);
        await otherCluster.RegisterAsync(sameSiloElsewhere, null, default);

        Assert.Equal(3, await directory.UnregisterSiloAsync(dead, default));

        foreach (var address in onDead)
        {
            Assert.Null(await directory.LookupAsync(address.Grain, default));
        }

        Assert.Equal(onRestarted, await directory.LookupAsync(onRestarted.Grain, default));
        foreach (var address in onAlive)
        {
            Assert.Equal(address, await directory.LookupAsync(address.Grain, default));
        }

        Assert.Equal(sameSiloElsewhere, await otherCluster.LookupAsync(sameSiloElsewhere.Grain, default));
        Assert.Equal(0, await directory.UnregisterSiloAsync(dead, default));
    }

    [Fact]
    public async Task Another_cluster_ids_registrations_are_invisible()
    {
        var blue = DirectoryOf(NewClusterId());
        var green = DirectoryOf(NewClusterId());
        var grain = NewGrain();
        var inBlue = Activation(grain, NewSilo());
        await blue.RegisterAsync(inBlue, null, default);

        Assert.Null(await green.LookupAsync(grain, default));
        var inGreen = Activation(grain, NewSilo("10.0.0.2"));
        Assert.Equal(inGreen, await green.RegisterAsync(inGreen, null, default));
        await green.UnregisterAsync(inBlue, default);
        Assert.Equal(0, await green.UnregisterSiloAsync(inBlue.Silo, default));

        Assert.Equal(inBlue, await blue.LookupAsync(grain, default));
        Assert.Equal(inGreen, await green.LookupAsync(grain, default));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_an_argument_exception()
    {
        var directory = DirectoryOf(NewClusterId());
        var address = Activation(NewGrain(), NewSilo());

        await Assert.ThrowsAsync<ArgumentException>("grain", () => directory.LookupAsync(new GrainId("job", ""), default));
        await Assert.ThrowsAsync<ArgumentException>("address", () => directory.RegisterAsync(address with { Grain = default }, null, default));
        await Assert.ThrowsAsync<ArgumentException>("address", () => directory.RegisterAsync(address with { Silo = default }, null, default));
        await Assert.ThrowsAsync<ArgumentException>(
            "replace", () => directory.RegisterAsync(address, Activation(NewGrain(), NewSilo()), default));
        await Assert.ThrowsAsync<ArgumentException>("address", () => directory.UnregisterAsync(address with { Silo = default }, default));
        await Assert.ThrowsAsync<ArgumentException>("silo", () => directory.UnregisterSiloAsync(default, default));
        Assert.Null(await directory.LookupAsync(address.Grain, default));
    }
}
