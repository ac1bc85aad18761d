using Testing;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// What every <see cref="IEventStore"/> promises, run against each provider: events read back in order
/// after a sequence, the last sequence of a stream, checkpoints that never move backwards, the
/// (subscriber, stream) pairs a restart must resume, and explicit subscriptions (in the Subscriptions part).
/// </summary>
public abstract partial class EventStoreContractTests : IAsyncLifetime
{
    protected EventStoreContractTests()
    {
        Start = Time.GetUtcNow();
    }

    protected ManualTimeProvider Time { get; } = new();

    /// <summary>Where <see cref="Time"/> stood when the test began.</summary>
    protected DateTimeOffset Start { get; }

    protected IGrainStorage Storage { get; private set; } = null!;

    protected IEventStore Events { get; private set; } = null!;

    /// <summary>Creates the event store under test and the grain storage that appends to it.</summary>
    protected abstract Task<(IGrainStorage Storage, IEventStore Events)> OpenAsync(TimeProvider time);

    protected virtual Task CloseAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => (Storage, Events) = await OpenAsync(Time);

    public async Task DisposeAsync()
    {
        if (Storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await CloseAsync();
    }

    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Appends <paramref name="count"/> events to <paramref name="stream"/> through a state write, as grains do.</summary>
    protected async Task<IReadOnlyList<StoredEvent>> AppendAsync(StreamId stream, int count, string type = "BidPlaced")
    {
        var result = await Storage.WriteAsync(
            new GrainStateKey("job", Guid.NewGuid().ToString("N"), "state"), Json("{}"), null,
            [],
            [.. Enumerable.Range(1, count).Select(i => new EventToAppend(stream, $"{type}{i}", Json($$"""{"n":{{i}}}""")))],
            default);
        return result.Events;
    }

    [Fact]
    public async Task A_stream_without_events_reads_empty_with_last_sequence_zero()
    {
        var stream = new StreamId("job", Unique("k"));

        Assert.Empty(await Events.ReadAsync(stream, 0, 10, default));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task Read_returns_the_events_after_a_sequence_in_order_up_to_the_count_asked_for()
    {
        var stream = new StreamId("job", Unique("k"));
        await AppendAsync(stream, 3);
        Time.Advance(TimeSpan.FromSeconds(1));
        await AppendAsync(stream, 4, "Later");

        var all = await Events.ReadAsync(stream, 0, 100, default);
        var middle = await Events.ReadAsync(stream, 2, 3, default);
        var tail = await Events.ReadAsync(stream, 6, 100, default);
        var beyond = await Events.ReadAsync(stream, 7, 100, default);

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], all.Select(e => e.Sequence));
        Assert.Equal(["BidPlaced1", "BidPlaced2", "BidPlaced3", "Later1", "Later2", "Later3", "Later4"], all.Select(e => e.EventType));
        Assert.Equal([3L, 4L, 5L], middle.Select(e => e.Sequence));
        Assert.Equal([7L], tail.Select(e => e.Sequence));
        Assert.Empty(beyond);
        Assert.Equal(Start, all[0].RecordedAt);
        Assert.Equal(Start.AddSeconds(1), all[6].RecordedAt);
        Equal("""{"n":2}""", middle[2].Payload);
        Assert.All(all, e => Assert.Equal(stream, e.Stream));
        Assert.Equal(7, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task Streams_are_told_apart_by_namespace_and_by_key()
    {
        var key = Unique("k");
        var job = new StreamId(Unique("job"), key);
        var sameNamespace = job with { Key = Unique("k") };
        var sameKey = new StreamId(Unique("chat"), key);

        await AppendAsync(job, 2);
        await AppendAsync(sameNamespace, 1);

        Assert.Equal(2, (await Events.ReadAsync(job, 0, 10, default)).Count);
        Assert.Single(await Events.ReadAsync(sameNamespace, 0, 10, default));
        Assert.Empty(await Events.ReadAsync(sameKey, 0, 10, default));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(sameKey, default));
    }

    [Fact]
    public async Task A_checkpoint_starts_at_zero_moves_forward_and_never_back()
    {
        var stream = new StreamId("job", Unique("k"));
        await AppendAsync(stream, 9);

        Assert.Equal(0, await Events.ReadCheckpointAsync("search-index", stream, default));
        await Events.WriteCheckpointAsync("search-index", stream, 5, default);
        Assert.Equal(5, await Events.ReadCheckpointAsync("search-index", stream, default));
        await Events.WriteCheckpointAsync("search-index", stream, 3, default);
        Assert.Equal(5, await Events.ReadCheckpointAsync("search-index", stream, default));
        await Events.WriteCheckpointAsync("search-index", stream, 5, default);
        Assert.Equal(5, await Events.ReadCheckpointAsync("search-index", stream, default));
        await Events.WriteCheckpointAsync("search-index", stream, 8, default);
        Assert.Equal(8, await Events.ReadCheckpointAsync("search-index", stream, default));
    }

    [Fact]
    public async Task Checkpoints_are_kept_per_subscriber_and_per_stream()
    {
        var stream = new StreamId("job", Unique("k"));
        var other = new StreamId("job", Unique("k"));

        await Events.WriteCheckpointAsync("inbox", stream, 4, default);

        Assert.Equal(0, await Events.ReadCheckpointAsync("search-index", stream, default));
        Assert.Equal(0, await Events.ReadCheckpointAsync("inbox", other, default));
        Assert.Equal(4, await Events.ReadCheckpointAsync("inbox", stream, default));
    }

    [Fact]
    public async Task Concurrent_checkpoint_writes_leave_the_highest()
    {
        var stream = new StreamId("job", Unique("k"));

        await Task.WhenAll(Enumerable.Range(1, 50).Reverse().Select(n => Events.WriteCheckpointAsync("inbox", stream, n, default)));

        Assert.Equal(50, await Events.ReadCheckpointAsync("inbox", stream, default));
    }

    [Fact]
    public async Task Read_behind_names_each_stream_of_a_subscribers_namespace_that_has_events_beyond_its_checkpoint()
    {
        var jobs = Unique("job");
        var chats = Unique("chat");
        var a = new StreamId(jobs, "a");
        var b = new StreamId(jobs, "b");
        var c = new StreamId(jobs, "c");
        var chat = new StreamId(chats, "room");
        await AppendAsync(a, 3);
        await AppendAsync(b, 2);
        await AppendAsync(c, 1);
        await AppendAsync(chat, 1);
        await Events.WriteCheckpointAsync("search", a, 3, default); // caught up
        await Events.WriteCheckpointAsync("search", b, 1, default); // one behind
        await Events.WriteCheckpointAsync("search", new StreamId(jobs, "no-events"), 0, default);

        var behind = await Events.ReadBehindAsync([("search", jobs), ("inbox", jobs), ("inbox", chats)], default);

        Assert.Equal(
            [("inbox", chat), ("inbox", a), ("inbox", b), ("inbox", c), ("search", b), ("search", c)],
            behind.OrderBy(p => p.Subscriber, StringComparer.Ordinal)
                .ThenBy(p => p.Stream.Namespace, StringComparer.Ordinal)
                .ThenBy(p => p.Stream.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_subscriber_that_catches_up_is_no_longer_behind_until_new_events_arrive()
    {
        var jobs = Unique("job");
        var stream = new StreamId(jobs, "a");
        await AppendAsync(stream, 2);

        await Events.WriteCheckpointAsync("search", stream, 2, default);
        Assert.Empty(await Events.ReadBehindAsync([("search", jobs)], default));

        await AppendAsync(stream, 1);
        Assert.Equal([("search", stream)], await Events.ReadBehindAsync([("search", jobs)], default));
    }

    [Fact]
    public async Task Read_behind_of_no_subscribers_or_repeated_pairs_gives_each_pair_once()
    {
        var jobs = Unique("job");
        var stream = new StreamId(jobs, "a");
        await AppendAsync(stream, 1);

        Assert.Empty(await Events.ReadBehindAsync([], default));
        Assert.Equal([("search", stream)], await Events.ReadBehindAsync([("search", jobs), ("search", jobs)], default));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_an_argument_exception()
    {
        var stream = new StreamId("job", Unique("k"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("afterSequence", () => Events.ReadAsync(stream, -1, 10, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("maxCount", () => Events.ReadAsync(stream, 0, 0, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("maxCount", () => Events.ReadAsync(stream, 0, -5, default));
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.ReadAsync(default, 0, 10, default));
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.ReadAsync(new StreamId("job", ""), 0, 10, default));
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.ReadLastSequenceAsync(new StreamId("", "k"), default));
        await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.ReadCheckpointAsync("", stream, default));
        await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.WriteCheckpointAsync(null!, stream, 1, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("sequence", () => Events.WriteCheckpointAsync("inbox", stream, -1, default));
        await Assert.ThrowsAsync<ArgumentNullException>("subscribers", () => Events.ReadBehindAsync(null!, default));
        var pair = await Assert.ThrowsAsync<ArgumentException>("subscribers", () => Events.ReadBehindAsync([("inbox", "job"), ("", "job")], default));
        Assert.Contains("pair 1", pair.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>("subscribers", () => Events.ReadBehindAsync([("inbox", "")], default));
        Assert.Equal(0, await Events.ReadCheckpointAsync("inbox", stream, default));
    }
}
