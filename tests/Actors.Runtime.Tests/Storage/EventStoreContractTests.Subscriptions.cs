using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// Explicit subscriptions: a grain follows one stream from a sequence; its checkpoint is kept under the
/// name "type/key", is set once by the first subscription, and goes away with the subscription.
/// </summary>
public abstract partial class EventStoreContractTests
{
    /// <summary>The subscriptions to streams of <paramref name="namespace"/>, in the order the store gave them.</summary>
    protected static async Task<IReadOnlyList<(StreamId Stream, GrainId Subscriber)>> SubscriptionsInAsync(IEventStore events, string @namespace) =>
        [.. (await events.ReadSubscriptionsAsync(default)).Where(s => s.Stream.Namespace == @namespace)];

    [Fact]
    public async Task Subscriptions_read_back_ordered_by_stream_then_subscriber()
    {
        var jobs = Unique("job");
        var a = new StreamId(jobs, "a");
        var b = new StreamId(jobs, "b");
        var inbox = new GrainId("inbox", "u2");
        var bridge = new GrainId("bridge", "s1");
        var otherInbox = new GrainId("inbox", "u1");

        await Events.SubscribeAsync(b, inbox, 0, default);
        await Events.SubscribeAsync(a, inbox, 0, default);
        await Events.SubscribeAsync(b, otherInbox, 0, default);
        await Events.SubscribeAsync(b, bridge, 3, default);

        Assert.Equal([(a, inbox), (b, bridge), (b, otherInbox), (b, inbox)], await SubscriptionsInAsync(Events, jobs));
    }

    [Fact]
    public async Task After_subscribing_the_checkpoint_named_type_slash_key_is_the_sequence_asked_for()
    {
        var stream = new StreamId(Unique("job"), "a");
        var other = new StreamId(Unique("job"), "a");
        await AppendAsync(stream, 5);

        await Events.SubscribeAsync(stream, new GrainId("bridge", "s1"), 3, default);
        await Events.SubscribeAsync(other, new GrainId("bridge", "s1"), 0, default);

        Assert.Equal(3, await Events.ReadCheckpointAsync("bridge/s1", stream, default));
        Assert.Equal(0, await Events.ReadCheckpointAsync("bridge/s1", other, default));
        Assert.Equal(0, await Events.ReadCheckpointAsync("bridge", stream, default));
        Assert.Equal([("bridge/s1", stream)], await Events.ReadBehindAsync([("bridge/s1", stream.Namespace)], default));
        Assert.Equal(4, (await Events.ReadAsync(stream, await Events.ReadCheckpointAsync("bridge/s1", stream, default), 10, default))[0].Sequence);
    }

    [Fact]
    public async Task Subscribing_twice_keeps_one_subscription_and_does_not_move_the_checkpoint()
    {
        var stream = new StreamId(Unique("job"), "a");
        var subscriber = new GrainId("inbox", "u1");
        await AppendAsync(stream, 9);

        await Events.SubscribeAsync(stream, subscriber, 2, default);
        await Events.WriteCheckpointAsync("inbox/u1", stream, 4, default);
        await Events.SubscribeAsync(stream, subscriber, 9, default);
        Assert.Equal(4, await Events.ReadCheckpointAsync("inbox/u1", stream, default));

        await Events.WriteCheckpointAsync("inbox/u1", stream, 7, default);
        await Events.SubscribeAsync(stream, subscriber, 1, default);
        Assert.Equal(7, await Events.ReadCheckpointAsync("inbox/u1", stream, default));

        Assert.Equal([(stream, subscriber)], await SubscriptionsInAsync(Events, stream.Namespace));
    }

    [Fact]
    public async Task A_grain_that_already_has_a_checkpoint_keeps_it_when_it_subscribes_even_at_zero()
    {
        var stream = new StreamId(Unique("job"), "a");
        await Events.WriteCheckpointAsync("inbox/u1", stream, 0, default);
        await Events.WriteCheckpointAsync("inbox/u2", stream, 6, default);

        await Events.SubscribeAsync(stream, new GrainId("inbox", "u1"), 5, default);
        await Events.SubscribeAsync(stream, new GrainId("inbox", "u2"), 2, default);

        Assert.Equal(0, await Events.ReadCheckpointAsync("inbox/u1", stream, default));
        Assert.Equal(6, await Events.ReadCheckpointAsync("inbox/u2", stream, default));
    }

    [Fact]
    public async Task Concurrent_subscriptions_of_one_grain_leave_one_subscription_and_one_of_the_sequences_asked_for()
    {
        var stream = new StreamId(Unique("job"), "a");
        var subscriber = new GrainId("inbox", "u1");

        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Events.SubscribeAsync(stream, subscriber, n, default)));

        Assert.Equal([(stream, subscriber)], await SubscriptionsInAsync(Events, stream.Namespace));
        Assert.InRange(await Events.ReadCheckpointAsync("inbox/u1", stream, default), 1, 20);
    }

    [Fact]
    public async Task Unsubscribing_removes_the_subscription_and_its_checkpoint_and_only_those()
    {
        var jobs = Unique("job");
        var stream = new StreamId(jobs, "a");
        var other = new StreamId(jobs, "b");
        var subscriber = new GrainId("inbox", "u1");
        var neighbour = new GrainId("inbox", "u2");
        await AppendAsync(stream, 3);
        await Events.SubscribeAsync(stream, subscriber, 2, default);
        await Events.SubscribeAsync(other, subscriber, 1, default);
        await Events.SubscribeAsync(stream, neighbour, 3, default);
        await Events.WriteCheckpointAsync("inbox", stream, 3, default);

        Assert.True(await Events.UnsubscribeAsync(stream, subscriber, default));

        Assert.Equal([(stream, neighbour), (other, subscriber)], await SubscriptionsInAsync(Events, jobs));
        Assert.Equal(0, await Events.ReadCheckpointAsync("inbox/u1", stream, default));
        Assert.Equal(1, await Events.ReadCheckpointAsync("inbox/u1", other, default));
        Assert.Equal(3, await Events.ReadCheckpointAsync("inbox/u2", stream, default));
        Assert.Equal(3, await Events.ReadCheckpointAsync("inbox", stream, default));
        Assert.False(await Events.UnsubscribeAsync(stream, subscriber, default));
        Assert.False(await Events.UnsubscribeAsync(new StreamId(jobs, "never"), subscriber, default));
    }

    [Fact]
    public async Task Subscribing_again_after_unsubscribing_starts_from_the_new_sequence()
    {
        var stream = new StreamId(Unique("job"), "a");
        var subscriber = new GrainId("inbox", "u1");
        await Events.SubscribeAsync(stream, subscriber, 2, default);
        await Events.WriteCheckpointAsync("inbox/u1", stream, 8, default);

        Assert.True(await Events.UnsubscribeAsync(stream, subscriber, default));
        await Events.SubscribeAsync(stream, subscriber, 5, default);

        Assert.Equal(5, await Events.ReadCheckpointAsync("inbox/u1", stream, default));
        Assert.Equal([(stream, subscriber)], await SubscriptionsInAsync(Events, stream.Namespace));
    }

    [Fact]
    public async Task Bad_subscription_input_is_refused_with_an_argument_exception_and_changes_nothing()
    {
        var stream = new StreamId(Unique("job"), "a");
        var subscriber = new GrainId("inbox", "u1");
        await Events.SubscribeAsync(stream, subscriber, 1, default);

        var negative = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            "afterSequence", () => Events.SubscribeAsync(stream, new GrainId("inbox", "u2"), -1, default));
        Assert.Contains("negative", negative.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.SubscribeAsync(default, subscriber, 0, default));
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.SubscribeAsync(stream with { Key = "" }, subscriber, 0, default));
        await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.SubscribeAsync(stream, default, 0, default));
        var type = await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.SubscribeAsync(stream, new GrainId("", "u2"), 0, default));
        Assert.Contains("grain type", type.Message, StringComparison.Ordinal);
        var key = await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.SubscribeAsync(stream, new GrainId("inbox", ""), 0, default));
        Assert.Contains("grain key", key.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>("stream", () => Events.UnsubscribeAsync(new StreamId("", "a"), subscriber, default));
        await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.UnsubscribeAsync(stream, new GrainId("inbox", ""), default));
        await Assert.ThrowsAsync<ArgumentException>("subscriber", () => Events.UnsubscribeAsync(stream, default, default));

        Assert.Equal([(stream, subscriber)], await SubscriptionsInAsync(Events, stream.Namespace));
        Assert.Equal(1, await Events.ReadCheckpointAsync("inbox/u1", stream, default));
        Assert.Equal(0, await Events.ReadCheckpointAsync("inbox/u2", stream, default));
    }
}
