using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>The 1:1 loader: batching, de-duplication, missing keys, batch size, errors, cache and cancellation.</summary>
public sealed class BatchDataLoaderTests
{
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Fifty_concurrent_loads_before_a_dispatch_make_one_batch_with_the_fifty_keys()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());
        var loads = new Task<string?>[50];

        Parallel.For(0, 50, i => loads[i] = loader.LoadAsync(i));

        Assert.True(scope.HasPending);
        Assert.Empty(loader.Batches);
        Assert.Equal(1, scope.Dispatch());
        Assert.False(scope.HasPending);
        var values = await Task.WhenAll(loads).WaitAsync(_hangGuard);
        var batch = Assert.Single(loader.Batches);
        Assert.Equal(Enumerable.Range(0, 50), batch.Order());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"item-{i}"), values);
    }

    [Fact]
    public async Task Duplicate_keys_are_fetched_once_and_share_one_task()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

        var loads = Enumerable.Range(0, 50).Select(i => loader.LoadAsync(i % 5)).ToArray();
        scope.Dispatch();
        var values = await Task.WhenAll(loads);

        Assert.Equal([0, 1, 2, 3, 4], Assert.Single(loader.Batches).Order());
        Assert.Same(loads[0], loads[5]);
        Assert.Same(loads[4], loads[49]);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"item-{i % 5}"), values);
    }

    [Fact]
    public async Task A_key_the_batch_does_not_return_resolves_to_null()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

        var missing = loader.LoadAsync(-1);
        var present = loader.LoadAsync(1);
        scope.Dispatch();

        Assert.Null(await missing);
        Assert.Equal("item-1", await present);
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task Loading_a_list_of_keys_answers_in_key_order_from_one_batch()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

        var load = loader.LoadAsync([3, 1, -7, 3]);
        var single = loader.LoadAsync(2);
        scope.Dispatch();

        Assert.Equal(["item-3", "item-1", null, "item-3"], await load);
        Assert.Equal("item-2", await single);
        Assert.Equal([-7, 1, 2, 3], Assert.Single(loader.Batches).Order());
    }

    [Fact]
    public async Task Max_batch_size_splits_the_pending_keys_into_several_batches()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader(new DataLoaderOptions { MaxBatchSize = 10 }));

        var loads = Enumerable.Range(0, 25).Select(i => loader.LoadAsync(i)).ToArray();

        Assert.Equal(3, scope.Dispatch());
        var values = await Task.WhenAll(loads);
        Assert.Equal([10, 10, 5], loader.Batches.Select(batch => batch.Length).Order().Reverse());
        Assert.Equal(Enumerable.Range(0, 25), loader.Batches.SelectMany(batch => batch).Order());
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"item-{i}"), values);
    }

    [Fact]
    public void Max_batch_size_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemByIdDataLoader(new DataLoaderOptions { MaxBatchSize = 0 }));

    [Fact]
    public async Task A_failing_batch_fails_every_key_of_that_batch_with_its_exception_and_no_other_key()
    {
        var error = new InvalidOperationException("The database is down.");
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader(new DataLoaderOptions { MaxBatchSize = 10 })
        {
            BeforeFetch = async (keys, _) =>
            {
                await Task.Yield();
                if (keys.Contains(15))
                {
                    throw error;
                }
            },
        });

        var loads = Enumerable.Range(0, 25).Select(i => loader.LoadAsync(i)).ToArray();
        scope.Dispatch();
        await Task.WhenAll(loads).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(_hangGuard);

        var failedBatch = loader.Batches.Single(batch => batch.Contains(15));
        for (var i = 0; i < loads.Length; i++)
        {
            if (failedBatch.Contains(i))
            {
                Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => loads[i]));
            }
            else
            {
                Assert.Equal($"item-{i}", await loads[i]);
            }
        }

        Assert.Same(loads[15], loader.LoadAsync(15));
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task A_fetch_function_that_throws_before_returning_a_task_fails_its_keys()
    {
        var error = new InvalidOperationException("Not even started.");
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ThrowingItemByIdDataLoader(error));

        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);

        Assert.Equal(1, scope.Dispatch());
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => first));
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => second));
    }

    [Fact]
    public async Task The_cache_answers_a_key_with_the_same_task_within_a_scope_and_a_new_scope_fetches_again()
    {
        var firstScope = new DataLoaderScope();
        var firstLoader = firstScope.GetOrCreate(() => new ItemByIdDataLoader());
        var before = firstLoader.LoadAsync(7);
        firstScope.Dispatch();
        await before;

        var after = firstLoader.LoadAsync(7);
        Assert.Same(before, after);
        Assert.False(firstScope.HasPending);
        Assert.Equal(0, firstScope.Dispatch());
        Assert.Single(firstLoader.Batches);

        var secondScope = new DataLoaderScope();
        var secondLoader = secondScope.GetOrCreate(() => new ItemByIdDataLoader());
        Assert.NotSame(firstLoader, secondLoader);
        var again = secondLoader.LoadAsync(7);
        Assert.NotSame(before, again);
        secondScope.Dispatch();
        Assert.Equal("item-7", await again);
        Assert.Equal([7], Assert.Single(secondLoader.Batches));
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_while_the_key_still_loads_for_the_other_callers()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());
        using var cancel = new CancellationTokenSource();

        var impatient = loader.LoadAsync(3, cancel.Token);
        var patient = loader.LoadAsync(3);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        Assert.True(scope.HasPending);
        scope.Dispatch();
        Assert.Equal("item-3", await patient);
        Assert.Equal([3], Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task An_already_cancelled_token_returns_a_cancelled_task_and_queues_nothing()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader());

        var load = loader.LoadAsync(3, new CancellationToken(canceled: true));
        var many = loader.LoadAsync([4, 5], new CancellationToken(canceled: true));

        Assert.True(load.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => many);
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task The_fetch_gets_the_scopes_token_and_its_cancellation_cancels_every_key_of_the_batch()
    {
        using var request = new CancellationTokenSource();
        var scope = new DataLoaderScope(cancellationToken: request.Token);
        var fetchToken = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = scope.GetOrCreate(() => new ItemByIdDataLoader
        {
            BeforeFetch = (_, ct) =>
            {
                fetchToken.SetResult(ct);
                return Task.Delay(Timeout.Infinite, ct);
            },
        });

        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        scope.Dispatch();
        Assert.Equal(request.Token, await fetchToken.Task.WaitAsync(_hangGuard));
        Assert.False(first.IsCompleted);
        await request.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(_hangGuard));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(_hangGuard));
        Assert.True(first.IsCanceled);
    }
}
