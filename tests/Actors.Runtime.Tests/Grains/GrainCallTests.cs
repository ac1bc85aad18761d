using Actors.Runtime.Activation;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

[Collection(MemoryClusterCollection.Name)]
public sealed class GrainCallTests(MemoryClusterFixture fixture)
{
    [Fact]
    public async Task A_string_keyed_grain_answers_through_its_generated_proxy()
    {
        var counter = fixture.Grains.GetGrain<ICounterGrain>($"calls-{Guid.NewGuid():N}");

        Assert.Equal(2, await counter.Increment(2));
        Assert.Equal(5, await counter.Increment(3));
        Assert.Equal(5, await counter.Get());
    }

    [Fact]
    public async Task A_guid_keyed_grain_knows_its_key_and_gets_constructor_injected_services()
    {
        var key = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IGuidGrain>(key);

        Assert.Equal(key, await grain.Key());
        Assert.Equal("hi there", await grain.Echo("there"));
        await grain.Nothing();
    }

    [Fact]
    public void A_reference_is_cheap_equal_by_identity_and_activates_nothing()
    {
        var key = $"lazy-{Guid.NewGuid():N}";
        var first = fixture.Grains.GetGrain<ICounterGrain>(key);
        var second = fixture.Grains.GetGrain<ICounterGrain>(key);

        Assert.Equal(first, second);
        Assert.Equal(new GrainId("counter", key), ((GrainReference)first).GrainId);
        var silo = fixture.Cluster.Services.GetRequiredService<SiloRuntime>();
        Assert.False(silo.Catalog.IsActive(new GrainId("counter", key)));
    }

    [Fact]
    public async Task An_exception_reaches_the_caller_with_its_type_and_message()
    {
        var grain = fixture.Grains.GetGrain<IFailingGrain>("thrower");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.Fail("no budget"));

        Assert.Equal("why", error.ParamName);
        Assert.StartsWith("cannot do it: no budget", error.Message);
    }

    [Fact]
    public async Task Grain_types_are_named_by_class_without_the_Grain_suffix()
    {
        var reference = (GrainReference)fixture.Grains.GetGrain<ILifecycleGrain>("named");

        Assert.Equal("lifecycle", reference.GrainId.Type);
        Assert.Equal("hello from named with 0 notes", await ((ILifecycleGrain)reference).Hello());
    }

    [Fact]
    public async Task Mutable_arguments_and_results_are_copied_so_caller_and_grain_never_share_them()
    {
        var grain = fixture.Grains.GetGrain<IShortlistGrain>($"shortlist-{Guid.NewGuid():N}");
        var names = new List<string> { "ada" };

        var shortlist = await grain.Add(names);
        shortlist.Add("added by the caller");
        var after = await grain.Add(["grace"]);

        Assert.Equal(["ada"], names);
        Assert.Equal(["ada", "grace"], after);
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => fixture.Grains.GetGrain<ICounterGrain>(""));
    }
}
