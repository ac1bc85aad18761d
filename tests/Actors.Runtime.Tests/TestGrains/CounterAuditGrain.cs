using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.TestGrains;

public interface ICounterAuditGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<long>> Seen();
}

/// <summary>
/// An implicit subscriber of the "counter" namespace: it records the sequence of each event it gets.
/// It fails every event whose value is listed in <see cref="FailuresLeft"/> until the count runs out,
/// to show that deliveries are retried, not skipped.
/// </summary>
[ImplicitStreamSubscription("counter")]
public sealed class CounterAuditGrain : Grain, ICounterAuditGrain, IStreamSubscriber
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> FailuresLeft = new();
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<long>> Received = new();

    public Task<IReadOnlyList<long>> Seen() =>
        Task.FromResult<IReadOnlyList<long>>(Received.TryGetValue(GetPrimaryKeyString(), out var seen) ? [.. seen] : []);

    public Task OnNextAsync(StreamEvent streamEvent)
    {
        var counted = (Counted)streamEvent.Event;
        if (FailuresLeft.TryGetValue(counted.Counter, out var left) && left > 0)
        {
            FailuresLeft[counted.Counter] = left - 1;
            throw new InvalidOperationException($"audit of {counted.Counter} is failing on purpose");
        }

        Received.GetOrAdd(GetPrimaryKeyString(), _ => []).Add(streamEvent.Sequence);
        return Task.CompletedTask;
    }
}
