using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.TestGrains;

public interface IFollowerGrain : IGrainWithStringKey
{
    /// <summary>Subscribes this grain, explicitly, to the "counter" stream of <paramref name="counterKey"/>.</summary>
    Task Follow(string counterKey);

    Task<bool> Unfollow(string counterKey);

    Task<IReadOnlyList<int>> Values();
}

/// <summary>An explicit subscriber: it records the value of every Counted event it is given.</summary>
public sealed class FollowerGrain : Grain, IFollowerGrain, IStreamSubscriber
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<int>> Received = new();

    public Task Follow(string counterKey) =>
        Streams.SubscribeAsync(new StreamId("counter", counterKey), GrainId, afterSequence: null, CancellationToken.None);

    public Task<bool> Unfollow(string counterKey) =>
        Streams.UnsubscribeAsync(new StreamId("counter", counterKey), GrainId, CancellationToken.None);

    public Task<IReadOnlyList<int>> Values() =>
        Task.FromResult<IReadOnlyList<int>>(Received.TryGetValue(GetPrimaryKeyString(), out var values) ? [.. values] : []);

    public Task OnNextAsync(StreamEvent streamEvent)
    {
        Received.GetOrAdd(GetPrimaryKeyString(), _ => []).Add(((Counted)streamEvent.Event).Value);
        return Task.CompletedTask;
    }
}
