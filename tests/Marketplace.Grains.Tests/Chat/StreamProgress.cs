using Testing;
using Actors.Runtime;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Grains.Tests.Chat;

/// <summary>
/// Waits for asynchronous stream deliveries by their stored positions, not by time: a subscriber has handled every
/// event of a stream once its checkpoint reaches the stream's last sequence. Also delivers a stream a second time
/// to an implicit subscriber's grain (an explicit subscription from the start), as the runtime does after a crash
/// between handling an event and storing the position.
/// </summary>
public static class StreamProgress
{
    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds (at most 10 s).</summary>
    public static Task<T> WaitUntil<T>(Func<Task<T>> read, Func<T, bool> done) => Poll.Until(read, done);

    /// <summary>Waits until the implicit subscriber of grain type <paramref name="grainType"/> has handled every event of <paramref name="stream"/> stored so far.</summary>
    public static Task CaughtUpAsync(TestCluster cluster, string grainType, StreamId stream) => CheckpointReachesEndAsync(cluster, grainType, stream);

    /// <summary>Delivers every event of <paramref name="stream"/> again to the grain of <paramref name="grainType"/> keyed like the stream, and waits until it has handled them.</summary>
    public static async Task RedeliverAsync(TestCluster cluster, string grainType, StreamId stream)
    {
        var grain = new GrainId(grainType, stream.Key);
        await cluster.Services.GetRequiredService<IStreamProvider>().SubscribeAsync(stream, grain, 0, CancellationToken.None);
        await CheckpointReachesEndAsync(cluster, grain.ToString(), stream);
        await cluster.Services.GetRequiredService<IStreamProvider>().UnsubscribeAsync(stream, grain, CancellationToken.None);
    }

    private static async Task CheckpointReachesEndAsync(TestCluster cluster, string subscriber, StreamId stream)
    {
        var store = cluster.Services.GetRequiredService<IEventStore>();
        var last = await store.ReadLastSequenceAsync(stream, CancellationToken.None);
        Assert.True(last > 0, $"stream {stream} has no events");
        await WaitUntil(() => store.ReadCheckpointAsync(subscriber, stream, CancellationToken.None), at => at >= last);
    }
}
