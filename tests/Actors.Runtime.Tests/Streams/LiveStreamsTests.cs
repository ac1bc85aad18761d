using System.Text.Json;
using Actors.Runtime.Persistence;
using Actors.Runtime.Persistence.Memory;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Memory;
using Actors.Runtime.Tests.TestGrains;

namespace Actors.Runtime.Tests.Streams;

/// <summary>
/// Live readers fed by announcements (this process's commits, events in hand) and notifications (another process
/// committed up to a sequence), in any order, with the store read to fill what they leave out.
/// </summary>
public sealed class LiveStreamsTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly MemoryStore _memory = new();
    private readonly MemoryGrainStorage _storage;
    private readonly CountingEventStore _store;
    private readonly LiveStreams _live;
    private int _writes;

    public LiveStreamsTests()
    {
        _storage = new MemoryGrainStorage(_memory, TimeProvider.System);
        _store = new CountingEventStore(new MemoryEventStore(_memory));
        _live = new LiveStreams(_store);
    }

    [Fact]
    public async Task A_notification_sends_a_caught_up_reader_to_the_store_for_events_another_process_wrote()
    {
        var stream = NewStream();
        using var stop = new CancellationTokenSource(s_timeout);
        await AppendAsync(stream, 1);
        await using var reader = _live.ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await reader.MoveNextAsync());
        var next = reader.MoveNextAsync();

        var written = await AppendAsync(stream, 3); // committed elsewhere: no announcement here
        _live.Notify(stream, written[^1].Sequence);

        Assert.True(await next);
        var read = new List<StreamEvent> { reader.Current };
        for (var i = 0; i < 2; i++)
        {
            Assert.True(await reader.MoveNextAsync());
            read.Add(reader.Current);
        }

        Assert.Equal([2L, 3, 4], read.Select(e => e.Sequence));
        Assert.Equal([2, 3, 4], read.Select(e => ((Ticked)e.Event).Number));
    }

    [Fact]
    public async Task A_notification_of_a_sequence_the_reader_has_passed_is_ignored_without_reading_the_store()
    {
        var stream = NewStream();
        using var stop = new CancellationTokenSource(s_timeout);
        var first = await AppendAsync(stream, 3);
        await using var reader = _live.ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await reader.MoveNextAsync());
        }

        var next = reader.MoveNextAsync();
        var reads = _store.Reads;
        _live.Notify(stream, 2);
        _live.Notify(stream, 3);
        _live.Notify(new StreamId(stream.Namespace, "another"), 50);
        var fourth = await AppendAsync(stream, 1);
        _live.Announce(stream, fourth);

        // The reader handles its links in order: the notifications before the announcement it returns.
        Assert.True(await next);
        Assert.Equal(4, reader.Current.Sequence);
        Assert.Equal(reads, _store.Reads);
        Assert.Equal(3, first[^1].Sequence);
    }

    [Fact]
    public async Task An_announcement_that_crosses_a_notification_is_neither_lost_nor_repeated()
    {
        var stream = NewStream();
        using var stop = new CancellationTokenSource(s_timeout);
        await using var reader = _live.ReadAsync(stream, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        var next = reader.MoveNextAsync();

        var local = await AppendAsync(stream, 2);  // 1, 2: committed here
        var remote = await AppendAsync(stream, 2); // 3, 4: committed elsewhere
        _live.Notify(stream, remote[^1].Sequence); // heard before this process announced its own write
        _live.Announce(stream, local);
        var later = await AppendAsync(stream, 1);  // 5
        _live.Announce(stream, later);

        Assert.True(await next);
        var read = new List<long> { reader.Current.Sequence };
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await reader.MoveNextAsync());
            read.Add(reader.Current.Sequence);
        }

        Assert.Equal([1L, 2, 3, 4, 5], read);
        var pending = reader.MoveNextAsync();
        _live.Notify(stream, 5);
        var sixth = await AppendAsync(stream, 1);
        _live.Announce(stream, sixth);
        Assert.True(await pending);
        Assert.Equal(6, reader.Current.Sequence);
    }

    [Fact]
    public async Task Resynchronizing_sends_every_live_reader_to_the_store()
    {
        var job = NewStream();
        var chat = NewStream();
        using var stop = new CancellationTokenSource(s_timeout);
        await using var jobReader = _live.ReadAsync(job, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        await using var chatReader = _live.ReadAsync(chat, 0, stop.Token).GetAsyncEnumerator(stop.Token);
        var nextJob = jobReader.MoveNextAsync();
        var nextChat = chatReader.MoveNextAsync();

        await AppendAsync(job, 1);
        await AppendAsync(chat, 1); // neither announced nor notified: the notifications were lost
        _live.Resynchronize();

        Assert.True(await nextJob);
        Assert.True(await nextChat);
        Assert.Equal((1L, 1L), (jobReader.Current.Sequence, chatReader.Current.Sequence));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Readers_get_every_event_once_in_order_whatever_the_order_of_announcements_notifications_and_store_reads(int seed)
    {
        var random = new Random(seed);
        var stream = NewStream();
        var sizes = Enumerable.Range(0, 150).Select(_ => random.Next(1, 4)).ToArray();
        long last = sizes.Sum();
        using var stop = new CancellationTokenSource(s_timeout);
        var readers = new List<(long After, Task<List<long>> Read)>();
        var news = new List<Action>();
        long written = 0;
        foreach (var size in sizes)
        {
            var events = await AppendAsync(stream, size);
            written = events[^1].Sequence;
            var committed = written;
            var stale = random.NextInt64(1, committed + 1);
            news.Add(random.Next(4) switch
            {
                0 or 1 => () => _live.Announce(stream, events),
                2 => () => _live.Notify(stream, committed),
                _ => () =>
                {
                    _live.Notify(stream, committed);
                    _live.Notify(stream, stale);
                },
            });

            // Some news goes out now, in any order; the rest waits, as a slow announcement or notification would.
            while (news.Count > 0 && random.Next(3) > 0)
            {
                var i = random.Next(news.Count);
                news[i]();
                news.RemoveAt(i);
            }

            if (random.Next(40) == 0)
            {
                _live.Resynchronize();
            }

            if (random.Next(12) == 0)
            {
                var after = random.NextInt64(0, written + 1);
                readers.Add((after, Task.Run(() => CollectAsync(stream, after, last, stop.Token))));
            }

            if (random.Next(5) == 0)
            {
                await Task.Delay(1);
            }
        }

        readers.Add((0, Task.Run(() => CollectAsync(stream, 0, last, stop.Token))));
        foreach (var action in news.OrderBy(_ => random.Next()))
        {
            action();
        }

        foreach (var (after, read) in readers)
        {
            Assert.Equal(Enumerable.Range((int)after + 1, (int)(last - after)).Select(s => (long)s), await read);
        }
    }

    private async Task<List<long>> CollectAsync(StreamId stream, long after, long last, CancellationToken cancellationToken)
    {
        var read = new List<long>();
        if (after == last)
        {
            return read;
        }

        var ticker = 0;
        await foreach (var next in _live.ReadAsync(stream, after, cancellationToken))
        {
            read.Add(next.Sequence);
            Assert.True(((Ticked)next.Event).Number > ticker);
            ticker = ((Ticked)next.Event).Number;
            if (next.Sequence >= last)
            {
                break;
            }
        }

        return read;
    }

    private static StreamId NewStream() => new(TickerGrain.Namespace, Guid.NewGuid().ToString("N"));

    /// <summary>Appends <paramref name="count"/> events numbered on from the stream's end, in one write, announcing nothing.</summary>
    private async Task<IReadOnlyList<StoredEvent>> AppendAsync(StreamId stream, int count)
    {
        var start = await _store.Inner.ReadLastSequenceAsync(stream, CancellationToken.None);
        var events = Enumerable.Range(1, count)
            .Select(i => new EventToAppend(stream, EventTypes.NameOf(typeof(Ticked)),
                JsonSerializer.SerializeToUtf8Bytes(new Ticked("t", (int)start + i), StateJson.Options)))
            .ToList();
        var write = Interlocked.Increment(ref _writes);
        var result = await _storage.WriteAsync(new GrainStateKey("writer", $"w{write}", "s"), "{}"u8.ToArray(), null, [], events, CancellationToken.None);
        return result.Events;
    }

    /// <summary>An event store that counts the reads of events, to show when a reader did not go to the store.</summary>
    private sealed class CountingEventStore(IEventStore inner) : IEventStore
    {
        private int _reads;

        public IEventStore Inner => inner;

        public int Reads => Volatile.Read(ref _reads);

        public Task<IReadOnlyList<StoredEvent>> ReadAsync(StreamId stream, long afterSequence, int maxCount, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadAsync(stream, afterSequence, maxCount, cancellationToken);
        }

        public Task<long> ReadLastSequenceAsync(StreamId stream, CancellationToken cancellationToken) =>
            inner.ReadLastSequenceAsync(stream, cancellationToken);

        public Task<long> ReadCheckpointAsync(string subscriber, StreamId stream, CancellationToken cancellationToken) =>
            inner.ReadCheckpointAsync(subscriber, stream, cancellationToken);

        public Task WriteCheckpointAsync(string subscriber, StreamId stream, long sequence, CancellationToken cancellationToken) =>
            inner.WriteCheckpointAsync(subscriber, stream, sequence, cancellationToken);

        public Task<IReadOnlyList<(string Subscriber, StreamId Stream)>> ReadBehindAsync(
            IReadOnlyList<(string Subscriber, string Namespace)> subscribers, CancellationToken cancellationToken) =>
            inner.ReadBehindAsync(subscribers, cancellationToken);

        public Task SubscribeAsync(StreamId stream, GrainId subscriber, long afterSequence, CancellationToken cancellationToken) =>
            inner.SubscribeAsync(stream, subscriber, afterSequence, cancellationToken);

        public Task<bool> UnsubscribeAsync(StreamId stream, GrainId subscriber, CancellationToken cancellationToken) =>
            inner.UnsubscribeAsync(stream, subscriber, cancellationToken);

        public Task<IReadOnlyList<(StreamId Stream, GrainId Subscriber)>> ReadSubscriptionsAsync(CancellationToken cancellationToken) =>
            inner.ReadSubscriptionsAsync(cancellationToken);
    }
}
