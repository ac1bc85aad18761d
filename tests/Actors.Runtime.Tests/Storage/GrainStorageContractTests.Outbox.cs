using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

/// <summary>The outbox half of the contract: a write and its events as one step, sequences without gaps, under concurrency.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task Clear_of_a_record_that_never_existed_without_an_etag_succeeds_and_appends_its_events()
    {
        var key = NewKey();
        var stream = NewStream();

        var result = await Storage.ClearAsync(key, null, [Event(stream, "JobWithdrawn", """{"reason":"duplicate"}""")], default);

        Assert.Equal(1, Assert.Single(result.Events).Sequence);
        Assert.Null(await Storage.ReadAsync(key, default));
        var stored = Assert.Single(await Events.ReadAsync(stream, 0, 10, default));
        Assert.Equal("JobWithdrawn", stored.EventType);
    }

    [Fact]
    public async Task Clear_appends_its_events_after_those_of_earlier_writes()
    {
        var key = NewKey();
        var stream = NewStream();
        var first = await Storage.WriteAsync(key, Json("{}"), null, [], [Event(stream, "JobPosted", "{}")], default);

        var cleared = await Storage.ClearAsync(key, first.ETag, [Event(stream, "JobDeleted", "{}")], default);

        Assert.Equal(2, Assert.Single(cleared.Events).Sequence);
        Assert.Equal(["JobPosted", "JobDeleted"], (await Events.ReadAsync(stream, 0, 10, default)).Select(e => e.EventType));
    }

    [Fact]
    public async Task A_write_appends_its_events_numbered_per_stream_and_stamped_with_the_clock()
    {
        var key = NewKey();
        var job = NewStream("job");
        var inbox = NewStream("inbox");
        Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromTicks(3)); // below PostgreSQL's microsecond: storage keeps microseconds

        var result = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null,
        [],
        [
            Event(job, "ProposalSubmitted", """{"proposal":"p1","amount":120}"""),
            Event(inbox, "NotificationQueued", """{"text":"New proposal"}"""),
            Event(job, "BidCountChanged", """{"count":1}"""),
        ], default);

        var expectedTime = Start.AddMinutes(5);
        Assert.Equal(
            [(job, 1L, "ProposalSubmitted"), (inbox, 1L, "NotificationQueued"), (job, 2L, "BidCountChanged")],
            result.Events.Select(e => (e.Stream, e.Sequence, e.EventType)));
        Assert.All(result.Events, e => Assert.Equal(expectedTime, e.RecordedAt));

        var jobEvents = await Events.ReadAsync(job, 0, 10, default);
        Assert.Equal([1L, 2L], jobEvents.Select(e => e.Sequence));
        Assert.Equal(["ProposalSubmitted", "BidCountChanged"], jobEvents.Select(e => e.EventType));
        Assert.All(jobEvents, e => Assert.Equal(job, e.Stream));
        Assert.All(jobEvents, e => Assert.Equal(expectedTime, e.RecordedAt));
        Equal("""{"amount":120,"proposal":"p1"}""", jobEvents[0].Payload);
        Assert.Equal(2, await Events.ReadLastSequenceAsync(job, default));
        Assert.Equal(1, await Events.ReadLastSequenceAsync(inbox, default));
    }

    [Fact]
    public async Task Later_writes_continue_a_stream_where_earlier_ones_stopped()
    {
        var stream = NewStream();
        var first = await Storage.WriteAsync(NewKey(), Json("{}"), null,
            [],
            [Event(stream, "A", "1"), Event(stream, "B", "2")], default);
        var key = NewKey();
        var second = await Storage.WriteAsync(key, Json("{}"), null, [], [Event(stream, "C", "3")], default);
        var third = await Storage.WriteAsync(key, Json("{}"), second.ETag,
            [],
            [Event(stream, "D", "4"), Event(stream, "E", "5")], default);

        Assert.Equal([1L, 2L], first.Events.Select(e => e.Sequence));
        Assert.Equal([3L], second.Events.Select(e => e.Sequence));
        Assert.Equal([4L, 5L], third.Events.Select(e => e.Sequence));
        Assert.Equal(["A", "B", "C", "D", "E"], (await Events.ReadAsync(stream, 0, 10, default)).Select(e => e.EventType));
    }

    [Fact]
    public async Task A_write_whose_etag_check_fails_appends_none_of_its_events()
    {
        var key = NewKey();
        var stream = NewStream();
        var other = NewStream();
        var first = await Storage.WriteAsync(key, Json("{}"), null, [], [Event(stream, "JobPosted", "{}")], default);
        await Storage.WriteAsync(key, Json("{}"), first.ETag, [], [], default);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteAsync(
            key, Json("{}"), first.ETag, [], [Event(stream, "JobEdited", "{}"), Event(other, "Noticed", "{}")], default));

        Assert.Equal(1, await Events.ReadLastSequenceAsync(stream, default));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(other, default));
        Assert.Equal(["JobPosted"], (await Events.ReadAsync(stream, 0, 10, default)).Select(e => e.EventType));

        // and the stream goes on from 2, leaving no gap where the failed write's events would have been
        var next = await Storage.WriteAsync(NewKey(), Json("{}"), null, [], [Event(stream, "JobEdited", "{}")], default);
        Assert.Equal(2, Assert.Single(next.Events).Sequence);
    }

    [Fact]
    public async Task A_thousand_concurrent_writes_on_different_keys_all_succeed_and_each_is_readable()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => NewKey()).ToArray();

        var results = await Task.WhenAll(keys.Select((key, i) => Storage.WriteAsync(
            key, Json($$"""{"n":{{i}}}"""), null, [], [Event(new StreamId("job", key.GrainKey), "JobPosted", $$"""{"n":{{i}}}""")], default)));

        for (var i = 0; i < keys.Length; i++)
        {
            var stored = await Storage.ReadAsync(keys[i], default);
            Assert.NotNull(stored);
            Assert.Equal(results[i].ETag, stored.ETag);
            Equal($$"""{"n":{{i}}}""", stored.Payload);
            Assert.Equal(1, Assert.Single(results[i].Events).Sequence);
        }

        Assert.Equal(1000, results.Select(r => r.ETag).Distinct().Count());
    }

    [Fact]
    public async Task Concurrent_writers_appending_to_one_stream_get_sequences_one_to_n_without_gaps_or_duplicates()
    {
        var stream = NewStream();
        const int Writers = 50;
        const int WritesEach = 6;
        const int EventsPerWrite = 2;

        // each writer is a grain writing its own state again and again, every write appending to the
        // shared stream, so that many transactions overlap on it
        var writers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async w =>
        {
            var key = NewKey();
            string? eTag = null;
            var results = new List<StateWriteResult>();
            for (var n = 0; n < WritesEach; n++)
            {
                var result = await Storage.WriteAsync(key, Json($$"""{"n":{{n}}}"""), eTag,
                    [],
                    [.. Enumerable.Range(0, EventsPerWrite).Select(e => Event(stream, $"W{w}N{n}E{e}", "{}"))], default);
                eTag = result.ETag;
                results.Add(result);
            }

            return results;
        }));

        const int Total = Writers * WritesEach * EventsPerWrite;
        var sequences = writers.SelectMany(r => r).SelectMany(r => r.Events.Select(e => e.Sequence)).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, Total).Select(i => (long)i), sequences);

        // one writer's events keep the order in which it wrote them
        Assert.All(writers, results =>
        {
            var own = results.SelectMany(r => r.Events.Select(e => e.Sequence)).ToArray();
            Assert.Equal(own.Order(), own);
        });

        var stored = await Events.ReadAsync(stream, 0, 10_000, default);
        Assert.Equal(Enumerable.Range(1, Total).Select(i => (long)i), stored.Select(e => e.Sequence));
        var bySequence = writers.SelectMany(r => r).SelectMany(r => r.Events).ToDictionary(e => e.Sequence, e => e.EventType);
        Assert.All(stored, e => Assert.Equal(bySequence[e.Sequence], e.EventType));
        Assert.Equal(Total, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task Of_concurrent_writes_presenting_the_same_etag_exactly_one_succeeds()
    {
        var created = NewKey();
        var updated = NewKey();
        var stream = NewStream();
        var first = await Storage.WriteAsync(updated, Json("""{"w":-1}"""), null, [], [], default);

        var creations = await Settled<StateWriteResult>.AllAsync(Enumerable.Range(0, 10).Select(w =>
            Storage.WriteAsync(created, Json($$"""{"w":{{w}}}"""), null, [], [Event(stream, $"created{w}", "{}")], default)));
        var updates = await Settled<StateWriteResult>.AllAsync(Enumerable.Range(0, 10).Select(w =>
            Storage.WriteAsync(updated, Json($$"""{"w":{{w}}}"""), first.ETag, [], [Event(stream, $"updated{w}", "{}")], default)));

        foreach (var (key, outcomes) in new[] { (created, creations), (updated, updates) })
        {
            var winner = Assert.Single(outcomes, o => o.Succeeded);
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.IsType<InconsistentStateException>(o.Error));
            var stored = await Storage.ReadAsync(key, default);
            Assert.Equal(winner.Result.ETag, stored!.ETag);
            var w = Array.IndexOf(outcomes, winner);
            Equal($$"""{"w":{{w}}}""", stored.Payload);
        }

        Assert.Equal(2, (await Events.ReadAsync(stream, 0, 100, default)).Count);
    }

    [Fact]
    public async Task Among_concurrent_writes_and_clears_those_with_stale_etags_fail_alone_and_append_nothing()
    {
        var stream = NewStream();
        var keys = Enumerable.Range(0, 200).Select(_ => NewKey()).ToArray();
        var first = await Task.WhenAll(keys.Select(k => Storage.WriteAsync(k, Json("""{"v":1}"""), null, [], [], default)));
        var second = await Task.WhenAll(keys.Select((k, i) => Storage.WriteAsync(k, Json("""{"v":2}"""), first[i].ETag, [], [], default)));

        // i % 4: 0 = good write, 1 = stale write, 2 = good clear, 3 = stale clear
        var attempts = keys.Select((key, i) => (i % 4) switch
        {
            0 => Storage.WriteAsync(key, Json("""{"v":3}"""), second[i].ETag, [], [Event(stream, $"ok{i}", "{}")], default),
            1 => Storage.WriteAsync(key, Json("""{"v":3}"""), first[i].ETag, [], [Event(stream, $"stale{i}", "{}")], default),
            2 => Storage.ClearAsync(key, second[i].ETag, [Event(stream, $"ok{i}", "{}")], default),
            _ => Storage.ClearAsync(key, first[i].ETag, [Event(stream, $"stale{i}", "{}")], default),
        });
        var outcomes = await Settled<StateWriteResult>.AllAsync(attempts);

        for (var i = 0; i < keys.Length; i++)
        {
            var stored = await Storage.ReadAsync(keys[i], default);
            switch (i % 4)
            {
                case 0:
                    Assert.Equal(outcomes[i].Result.ETag, stored!.ETag);
                    Equal("""{"v":3}""", stored.Payload);
                    break;
                case 2:
                    Assert.True(outcomes[i].Succeeded);
                    Assert.Null(stored);
                    break;
                default:
                    var error = Assert.IsType<InconsistentStateException>(outcomes[i].Error);
                    Assert.Equal(second[i].ETag, error.StoredETag);
                    Assert.Equal(second[i].ETag, stored!.ETag);
                    Equal("""{"v":2}""", stored.Payload);
                    break;
            }
        }

        var appended = await Events.ReadAsync(stream, 0, 1000, default);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), appended.Select(e => e.Sequence));
        Assert.All(appended, e => Assert.StartsWith("ok", e.EventType, StringComparison.Ordinal));
    }
}
