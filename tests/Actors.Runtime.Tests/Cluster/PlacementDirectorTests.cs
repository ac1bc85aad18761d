using Actors.Runtime.Clustering;

namespace Actors.Runtime.Tests.Cluster;

/// <summary>Where each placement strategy puts a grain's new activation, among the active silos of a view.</summary>
public sealed class PlacementDirectorTests
{
    private static readonly SiloAddress[] Silos =
        [new("10.0.0.1", 11111, 1), new("10.0.0.2", 11111, 1), new("10.0.0.3", 11111, 1)];

    [Fact]
    public void Hash_based_placement_puts_a_grain_on_the_same_silo_every_time_and_spreads_grains()
    {
        var grains = Enumerable.Range(0, 300).Select(i => new GrainId("job", $"job-{i}")).ToList();

        var first = grains.Select(g => PlacementDirector.Choose(PlacementStrategy.HashBased, g, Silos, null)).ToList();
        var again = grains.Select(g => PlacementDirector.Choose(PlacementStrategy.HashBased, g, Silos, Silos[0])).ToList();

        Assert.Equal(first, again);
        Assert.All(Silos, silo => Assert.InRange(first.Count(s => s == silo), 60, 140));
    }

    [Fact]
    public void Prefer_local_placement_keeps_the_grain_on_the_calling_silo_when_it_is_active()
    {
        var grain = new GrainId("inbox", "u1");

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(Silos[2], PlacementDirector.Choose(PlacementStrategy.PreferLocal, grain, Silos, Silos[2])));
        Assert.Contains(PlacementDirector.Choose(PlacementStrategy.PreferLocal, grain, Silos, new SiloAddress("10.0.0.9", 11111, 1)), Silos);
    }

    [Fact]
    public void Random_placement_uses_every_active_silo()
    {
        var chosen = Enumerable.Range(0, 300).Select(i => PlacementDirector.Choose(PlacementStrategy.Random, new GrainId("job", "same"), Silos, Silos[0])).ToHashSet();

        Assert.Equal(Silos.ToHashSet(), chosen);
    }

    [Fact]
    public void A_cluster_without_an_active_silo_refuses_to_place_with_a_clear_error()
    {
        var error = Assert.Throws<Messaging.SiloUnavailableException>(() => PlacementDirector.Choose(PlacementStrategy.Random, new GrainId("job", "j1"), [], null));

        Assert.Contains("no active silo", error.Message);
    }
}
