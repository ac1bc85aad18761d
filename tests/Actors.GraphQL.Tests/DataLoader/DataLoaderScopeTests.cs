using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>
/// The scope driven the way the executor drives it: start every resolver of a level, dispatch, await the level,
/// then the next level. Resolvers here are async methods like the executor's, one per field of a list item.
/// </summary>
public sealed class DataLoaderScopeTests
{
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_levels_driven_like_an_executor_make_one_batch_per_level()
    {
        var scope = new DataLoaderScope();

        Task<Job?>[] jobLevel = [.. Enumerable.Range(1, 50).Select(id => ResolveJobAsync(scope, id))];
        await scope.DispatchUntilCompleteAsync(Task.WhenAll(jobLevel)).WaitAsync(_hangGuard);
        var jobs = await Task.WhenAll(jobLevel);

        Task<Client?>[] clientLevel = [.. jobs.Select(job => ResolveClientAsync(scope, job!))];
        await scope.DispatchUntilCompleteAsync(Task.WhenAll(clientLevel)).WaitAsync(_hangGuard);
        var clients = await Task.WhenAll(clientLevel);

        var jobBatch = Assert.Single(Jobs(scope).Batches);
        Assert.Equal(Enumerable.Range(1, 50), jobBatch.Order());
        var clientBatch = Assert.Single(Clients(scope).Batches);
        Assert.Equal(Enumerable.Range(0, 7), clientBatch.Order());
        Assert.Equal(jobs.Select(job => $"client-{job!.ClientId}"), clients.Select(client => client!.Name));
    }

    [Fact]
    public async Task Dispatching_while_pending_then_awaiting_the_level_also_makes_one_batch_per_level()
    {
        var scope = new DataLoaderScope();

        Task<Job?>[] jobLevel = [.. Enumerable.Range(1, 50).Select(id => ResolveJobAsync(scope, id))];
        Assert.True(scope.HasPending);
        while (scope.HasPending)
        {
            scope.Dispatch();
        }

        var jobs = await Task.WhenAll(jobLevel).WaitAsync(_hangGuard);

        Task<Client?>[] clientLevel = [.. jobs.Select(job => ResolveClientAsync(scope, job!))];
        while (scope.HasPending)
        {
            scope.Dispatch();
        }

        await Task.WhenAll(clientLevel).WaitAsync(_hangGuard);

        Assert.Single(Jobs(scope).Batches);
        Assert.Single(Clients(scope).Batches);
    }

    [Fact]
    public async Task A_manual_scope_fetches_nothing_until_it_is_dispatched()
    {
        var scope = new DataLoaderScope();
        var load = scope.GetOrCreate(() => new ItemByIdDataLoader()).LoadAsync(1);

        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
        }

        Assert.False(load.IsCompleted);
        Assert.True(scope.HasPending);
        Assert.Empty(scope.GetOrCreate(() => new ItemByIdDataLoader()).Batches);
        scope.Dispatch();
        Assert.Equal("item-1", await load.WaitAsync(_hangGuard));
    }

    [Fact]
    public async Task Keys_requested_after_an_await_inside_a_resolver_are_dispatched_until_the_level_completes()
    {
        var scope = new DataLoaderScope();

        Task<Client?>[] level = [.. Enumerable.Range(1, 50).Select(id => ResolveJobClientAsync(scope, id))];
        await scope.DispatchUntilCompleteAsync(Task.WhenAll(level)).WaitAsync(_hangGuard);

        var clients = await Task.WhenAll(level);
        Assert.Equal(Enumerable.Range(1, 50).Select(id => $"client-{id % 7}"), clients.Select(client => client!.Name));
        Assert.Single(Jobs(scope).Batches);
        Assert.Equal(Enumerable.Range(0, 7), Clients(scope).Batches.SelectMany(batch => batch).Order());
    }

    [Fact]
    public Task On_one_thread_keys_requested_after_an_await_form_one_batch_per_wave() =>
        SingleThreadContext.RunAsync(async () =>
        {
            var scope = new DataLoaderScope();

            Task<Client?>[] level = [.. Enumerable.Range(1, 50).Select(id => ResolveJobClientAsync(scope, id))];
            await scope.DispatchUntilCompleteAsync(Task.WhenAll(level));

            Assert.Single(Jobs(scope).Batches);
            Assert.Equal(Enumerable.Range(0, 7), Assert.Single(Clients(scope).Batches).Order());
        }).WaitAsync(_hangGuard);

    [Fact]
    public async Task A_fetch_function_that_uses_another_loader_has_that_batch_started_by_the_same_dispatch()
    {
        var scope = new DataLoaderScope();
        var jobs = scope.GetOrCreate(() => new JobByIdDataLoader
        {
            BeforeFetch = (keys, ct) => Clients(scope).LoadAsync([.. keys.Select(id => id % 7)], ct),
        });

        var loads = Enumerable.Range(1, 20).Select(id => jobs.LoadAsync(id)).ToArray();

        Assert.Equal(2, scope.Dispatch());
        Assert.False(scope.HasPending);
        await Task.WhenAll(loads).WaitAsync(_hangGuard);
        Assert.Equal(Enumerable.Range(0, 7), Assert.Single(Clients(scope).Batches).Order());
    }

    [Fact]
    public async Task Driving_a_level_rethrows_the_failure_of_a_resolver()
    {
        var scope = new DataLoaderScope();
        var error = new InvalidOperationException("Resolver failed.");

        async Task<string?> FailingResolverAsync()
        {
            await scope.GetOrCreate(() => new ItemByIdDataLoader()).LoadAsync(1);
            throw error;
        }

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(
            () => scope.DispatchUntilCompleteAsync(FailingResolverAsync()).WaitAsync(_hangGuard));
        Assert.Same(error, thrown);
    }

    [Fact]
    public async Task When_pending_completes_once_a_key_is_requested()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

        var whenPending = scope.WhenPendingAsync();
        Assert.False(whenPending.IsCompleted);
        _ = loader.LoadAsync(1);

        await whenPending.WaitAsync(_hangGuard);
        Assert.True(scope.WhenPendingAsync().IsCompleted);
        scope.Dispatch();
        Assert.False(scope.WhenPendingAsync().IsCompleted);
    }

    [Fact]
    public void A_scope_holds_one_loader_per_type_and_creates_it_once()
    {
        var scope = new DataLoaderScope();
        var created = 0;

        var first = scope.GetOrCreate(() => { created++; return new ItemByIdDataLoader(); });
        var second = scope.GetOrCreate(() => { created++; return new ItemByIdDataLoader(); });

        Assert.Same(first, second);
        Assert.Same(scope, first.Scope);
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_loader_cannot_join_a_second_scope_nor_join_after_loading_on_its_own()
    {
        var loader = new ItemByIdDataLoader();
        new DataLoaderScope().GetOrCreate(() => loader);
        var second = Assert.Throws<InvalidOperationException>(() => new DataLoaderScope().GetOrCreate(() => loader));
        Assert.Equal(
            "The DataLoader ItemByIdDataLoader already belongs to a scope; a loader serves one request only.",
            second.Message);

        var used = new ClientByIdDataLoader();
        _ = used.LoadAsync(1);
        var late = Assert.Throws<InvalidOperationException>(() => new DataLoaderScope().GetOrCreate(() => used));
        Assert.Equal(
            "The DataLoader ClientByIdDataLoader has already loaded keys on its own and cannot join a scope.",
            late.Message);
        Assert.Null(used.Scope);
    }

    private static JobByIdDataLoader Jobs(DataLoaderScope scope) => scope.GetOrCreate(() => new JobByIdDataLoader());

    private static ClientByIdDataLoader Clients(DataLoaderScope scope) =>
        scope.GetOrCreate(() => new ClientByIdDataLoader());

    private static async Task<Job?> ResolveJobAsync(DataLoaderScope scope, int id) => await Jobs(scope).LoadAsync(id);

    private static async Task<Client?> ResolveClientAsync(DataLoaderScope scope, Job job) =>
        await Clients(scope).LoadAsync(job.ClientId);

    private static async Task<Client?> ResolveJobClientAsync(DataLoaderScope scope, int jobId)
    {
        var job = await Jobs(scope).LoadAsync(jobId);
        return await Clients(scope).LoadAsync(job!.ClientId);
    }
}
