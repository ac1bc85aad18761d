using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>The 1:n loader: one batch for many keys, a list per key, an empty list for a key without a group.</summary>
public sealed class GroupDataLoaderTests
{
    [Fact]
    public async Task Each_key_gets_its_group_and_a_key_without_a_group_gets_an_empty_list()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ProposalsByJobIdDataLoader());

        var loads = Enumerable.Range(1, 6).Select(job => loader.LoadAsync(job)).ToArray();
        Assert.Equal(1, scope.Dispatch());
        var groups = await Task.WhenAll(loads);

        Assert.Equal([1, 2, 3, 4, 5, 6], Assert.Single(loader.Batches).Order());
        Assert.Empty(groups[0]);
        Assert.Equal(["p-2-1", "p-2-2", "p-2-3"], groups[1]);
        Assert.Empty(groups[2]);
        Assert.Equal(["p-4-1", "p-4-2"], groups[3]);
        Assert.Empty(groups[4]);
        Assert.Equal(["p-6-1"], groups[5]);
    }

    [Fact]
    public async Task Duplicate_keys_share_one_list_and_a_list_of_keys_answers_in_order()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ProposalsByJobIdDataLoader());

        var single = loader.LoadAsync(6);
        var many = loader.LoadAsync([6, 3, 6]);
        scope.Dispatch();

        var lists = await many;
        Assert.Equal([3, 6], Assert.Single(loader.Batches).Order());
        Assert.Same(await single, lists[0]);
        Assert.Same(lists[0], lists[2]);
        Assert.Empty(lists[1]);
    }
}
