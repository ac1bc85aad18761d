using System.Collections.Concurrent;
using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.DataLoader;

internal sealed record Job(int Id, int ClientId);

internal sealed record Client(int Id, string Name);

/// <summary>
/// A batch loader over int keys that records every batch it is asked for. <see cref="BeforeFetch"/> runs inside
/// the fetch, before the values are produced: to throw, to wait, or to use another loader.
/// </summary>
internal abstract class RecordingBatchLoader<TValue>(Func<int, TValue?> lookup, DataLoaderOptions? options)
    : BatchDataLoader<int, TValue>(options)
    where TValue : class
{
    private readonly ConcurrentQueue<int[]> _batches = new();

    public IReadOnlyList<int[]> Batches => [.. _batches];

    public Func<IReadOnlyList<int>, CancellationToken, Task>? BeforeFetch { get; init; }

    protected override async Task<IReadOnlyDictionary<int, TValue>> LoadBatchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        _batches.Enqueue([.. keys]);
        if (BeforeFetch is not null)
        {
            await BeforeFetch(keys, cancellationToken);
        }

        var found = new Dictionary<int, TValue>();
        foreach (var key in keys)
        {
            if (lookup(key) is { } value)
            {
                found[key] = value;
            }
        }

        return found;
    }
}

/// <summary>"item-{key}" for every key; negative keys do not exist.</summary>
internal sealed class ItemByIdDataLoader(DataLoaderOptions? options = null)
    : RecordingBatchLoader<string>(key => key < 0 ? null : $"item-{key}", options);

/// <summary>Job n belongs to client n % 7.</summary>
internal sealed class JobByIdDataLoader() : RecordingBatchLoader<Job>(id => new Job(id, id % 7), null);

internal sealed class ClientByIdDataLoader() : RecordingBatchLoader<Client>(id => new Client(id, $"client-{id}"), null);

/// <summary>Only here so the meter's tag names a loader no other test uses.</summary>
internal sealed class MeteredItemByIdDataLoader(DataLoaderOptions? options)
    : RecordingBatchLoader<string>(key => $"item-{key}", options);

/// <summary>A fetch function that throws before returning a task, not inside one.</summary>
internal sealed class ThrowingItemByIdDataLoader(Exception error) : BatchDataLoader<int, string>
{
    protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken) => throw error;
}

/// <summary>Even jobs have (id % 3 + 1) proposals "p-{job}-{n}"; odd jobs have none.</summary>
internal sealed class ProposalsByJobIdDataLoader : GroupDataLoader<int, string>
{
    private readonly ConcurrentQueue<int[]> _batches = new();

    public IReadOnlyList<int[]> Batches => [.. _batches];

    protected override Task<ILookup<int, string>> LoadGroupsAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        _batches.Enqueue([.. keys]);
        var rows = keys
            .Where(job => job % 2 == 0)
            .SelectMany(job => Enumerable.Range(1, job % 3 + 1).Select(n => (Job: job, Proposal: $"p-{job}-{n}")));
        return Task.FromResult(rows.ToLookup(row => row.Job, row => row.Proposal));
    }
}
