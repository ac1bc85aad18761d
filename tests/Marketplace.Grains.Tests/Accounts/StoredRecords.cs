using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Grains.Tests.Accounts;

/// <summary>What a cluster's storage holds, read beside the grains: to show that a refused command wrote nothing.</summary>
internal static class StoredRecords
{
    public static Task<StoredState?> ReadAsync(TestCluster cluster, string grainType, string key, string stateName) =>
        cluster.Services.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorage)
            .ReadAsync(new GrainStateKey(grainType, key, stateName), CancellationToken.None);

    public static Task<long> LastSequenceAsync(TestCluster cluster, string streamNamespace, string key) =>
        cluster.Services.GetRequiredService<IStreamProvider>().ReadLastSequenceAsync(new StreamId(streamNamespace, key), CancellationToken.None);

    /// <summary>The first <paramref name="count"/> events of the stream (waiting at most 10 seconds for them).</summary>
    public static async Task<List<object>> EventsAsync(TestCluster cluster, string streamNamespace, string key, int count)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = await cluster.Services.GetRequiredService<IStreamProvider>()
            .ReadAsync(new StreamId(streamNamespace, key), 0, stop.Token).Take(count).ToListAsync(stop.Token);
        return [.. events.Select(e => e.Event)];
    }
}
