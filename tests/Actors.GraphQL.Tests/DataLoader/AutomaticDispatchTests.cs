using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>
/// Loaders outside a manual scope dispatch on their own once the synchronous burst that requested their keys
/// has ended. The burst tests run on one thread, where "ended" is deterministic.
/// </summary>
public sealed class AutomaticDispatchTests
{
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public Task A_standalone_loader_fetches_the_keys_of_one_synchronous_burst_in_one_batch() =>
        SingleThreadContext.RunAsync(async () =>
        {
            var loader = new ItemByIdDataLoader();

            var loads = new List<Task<string?>>();
            for (var i = 0; i < 50; i++)
            {
                loads.Add(loader.LoadAsync(i));
            }

            Assert.Empty(loader.Batches);
            var values = await Task.WhenAll(loads);

            Assert.Equal(Enumerable.Range(0, 50), Assert.Single(loader.Batches).Order());
            Assert.Equal(Enumerable.Range(0, 50).Select(i => $"item-{i}"), values);
        }).WaitAsync(_hangGuard);

    [Fact]
    public Task Resolvers_started_together_form_one_burst_and_a_later_burst_is_a_second_batch() =>
        SingleThreadContext.RunAsync(async () =>
        {
            var loader = new ItemByIdDataLoader();

            async Task<string?> ResolveAsync(int id) => await loader.LoadAsync(id);

            await Task.WhenAll(Enumerable.Range(0, 30).Select(ResolveAsync).ToArray());
            Assert.Single(loader.Batches);

            await Task.WhenAll(Enumerable.Range(20, 20).Select(ResolveAsync).ToArray());

            Assert.Equal(2, loader.Batches.Count);
            Assert.Equal(Enumerable.Range(30, 10), loader.Batches[1].Order());
        }).WaitAsync(_hangGuard);

    [Fact]
    public async Task On_the_thread_pool_every_key_of_a_concurrent_burst_is_fetched_exactly_once()
    {
        var loader = new ItemByIdDataLoader();
        var loads = new Task<string?>[200];

        await Task.Run(() => Parallel.For(0, loads.Length, i => loads[i] = loader.LoadAsync(i % 100)));
        var values = await Task.WhenAll(loads).WaitAsync(_hangGuard);

        Assert.Equal(Enumerable.Range(0, 100), loader.Batches.SelectMany(batch => batch).Order());
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"item-{i % 100}"), values);
        Assert.False(loader.HasPending);
    }

    [Fact]
    public Task An_automatic_scope_dispatches_without_an_executor_and_keeps_its_cache() =>
        SingleThreadContext.RunAsync(async () =>
        {
            var scope = new DataLoaderScope(DispatchMode.Automatic);
            var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

            var first = loader.LoadAsync(1);
            var second = loader.LoadAsync(2);
            Assert.Equal("item-1", await first);
            Assert.Equal("item-2", await second);

            Assert.Same(first, loader.LoadAsync(1));
            Assert.Equal([1, 2], Assert.Single(loader.Batches).Order());
            Assert.False(scope.HasPending);
        }).WaitAsync(_hangGuard);
}
