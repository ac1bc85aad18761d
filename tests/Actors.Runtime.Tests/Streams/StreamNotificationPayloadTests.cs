using System.Text;
using Actors.Runtime.Streams;
using Actors.Runtime.Streams.Postgres;

namespace Actors.Runtime.Tests.Streams;

/// <summary>The payloads a batch's commit notifies (built before the statement, filled in by it) and their reading back.</summary>
public sealed class StreamNotificationPayloadTests
{
    private const string Writer = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_batch_of_a_few_streams_sends_one_payload_that_reads_back_exactly()
    {
        var job = new StreamId("job", "j-1");
        var chat = new StreamId("chat", "c-9");
        var plan = StreamNotificationPlan.For(Writer, [job, chat, job]);

        var payloads = plan.Payloads(stream => stream == job ? 12 : 3);

        var payload = Assert.Single(payloads);
        Assert.Equal("""{"writer":"0123456789abcdef0123456789abcdef","streams":[["chat","c-9",3],["job","j-1",12]]}""", payload);
        var read = StreamNotification.Parse(payload);
        Assert.Equal(Writer, read.Writer);
        Assert.Equal([(chat, 3L), (job, 12L)], read.Streams);
        Assert.False(read.HasUnnamedStreams);
    }

    [Fact]
    public void A_batch_of_many_streams_is_split_into_payloads_under_the_limit_that_name_each_stream_once()
    {
        var streams = Enumerable.Range(0, 3000).Select(i => new StreamId(i % 2 == 0 ? "job" : "conversation", $"key-{i:D6}-{new string('x', i % 50)}")).ToList();
        var plan = StreamNotificationPlan.For(Writer, streams);

        // The widest sequences there are: no payload may go over the limit whatever the statement fills in.
        var payloads = plan.Payloads(_ => long.MaxValue);

        Assert.True(payloads.Count > 1, $"{payloads.Count} payload(s)");
        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, StreamNotificationPlan.MaxPayloadBytes));
        var read = payloads.Select(StreamNotification.Parse).ToList();
        Assert.All(read, n => Assert.Equal(Writer, n.Writer));
        var named = read.SelectMany(n => n.Streams).ToList();
        Assert.Equal(streams.Count, named.Count);
        Assert.Equal(streams.ToHashSet(), named.Select(n => n.Stream).ToHashSet());
        Assert.All(named, n => Assert.Equal(long.MaxValue, n.LastSequence));

        // Full payloads: splitting is not one stream per notification.
        Assert.True(payloads.Count * 2 < streams.Count / 10, $"{payloads.Count} payloads for {streams.Count} streams");
    }

    [Fact]
    public void Streams_that_appended_nothing_are_left_out_and_a_payload_left_empty_is_not_sent()
    {
        var streams = Enumerable.Range(0, 1000).Select(i => new StreamId("job", $"job-{i:D4}-{new string('y', 40)}")).ToList();
        var plan = StreamNotificationPlan.For(Writer, streams);
        var first = plan.Payloads(_ => 1).Count;
        Assert.True(first > 2);
        var inFirstChunk = streams.Where((_, i) => plan.Chunks[i] == 0).ToHashSet();

        // Only the streams of the first chunk appended (the writes of all the others failed their ETag check).
        var payloads = plan.Payloads(stream => inFirstChunk.Contains(stream) ? 7 : null);

        var read = StreamNotification.Parse(Assert.Single(payloads));
        Assert.Equal(inFirstChunk, read.Streams.Select(s => s.Stream).ToHashSet());
        Assert.Empty(plan.Payloads(_ => null));
    }

    [Fact]
    public void Names_with_quotes_backslashes_control_and_non_ASCII_characters_travel_as_ASCII_and_read_back_exactly()
    {
        StreamId[] streams =
        [
            new("chat", "say \"hi\" \\ bye"),
            new("chat", "line\nbreak\ttab\u0001"),
            new("job", "Zürich-東京-🚀"),
            new("ns/with/slashes", "{\"looks\":[\"like\",\"json\"]}"),
        ];
        var plan = StreamNotificationPlan.For(Writer, streams);

        var payload = Assert.Single(plan.Payloads(_ => 5));

        Assert.All(payload, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(streams.ToHashSet(), StreamNotification.Parse(payload).Streams.Select(s => s.Stream).ToHashSet());
    }

    [Fact]
    public void A_stream_whose_name_cannot_fit_is_sent_unnamed_and_the_others_keep_their_names()
    {
        var huge = new StreamId("job", new string('k', StreamNotificationPlan.MaxPayloadBytes));
        var small = new StreamId("job", "small");
        var plan = StreamNotificationPlan.For(Writer, [huge, small]);

        var payloads = plan.Payloads(stream => stream == huge ? 40 : 2);

        var read = StreamNotification.Parse(Assert.Single(payloads));
        Assert.True(read.HasUnnamedStreams);
        Assert.Equal([(small, 2L)], read.Streams);
        Assert.False(StreamNotification.Parse(Assert.Single(plan.Payloads(stream => stream == small ? 2 : null))).HasUnnamedStreams);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"writer":"w","streams":[]""")]
    [InlineData("""[]""")]
    [InlineData("""{"streams":[]}""")]
    [InlineData("""{"writer":"","streams":[]}""")]
    [InlineData("""{"writer":7,"streams":[]}""")]
    [InlineData("""{"writer":"w"}""")]
    [InlineData("""{"writer":"w","streams":{}}""")]
    [InlineData("""{"writer":"w","streams":[["job","j"]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j",1,2]]}""")]
    [InlineData("""{"writer":"w","streams":["job"]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j",0]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j",-3]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j",1.5]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j","1"]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","j",99999999999999999999]]}""")]
    [InlineData("""{"writer":"w","streams":[["job",null,1]]}""")]
    [InlineData("""{"writer":"w","streams":[["","j",1]]}""")]
    [InlineData("""{"writer":"w","streams":[["job",3,1]]}""")]
    [InlineData("""{"writer":"w","streams":[["job","\ud800",1]]}""")]
    public void A_malformed_payload_is_rejected_with_a_format_error(string payload)
    {
        var error = Assert.Throws<FormatException>(() => StreamNotification.Parse(payload));

        Assert.StartsWith("The stream notification is malformed", error.Message);
    }
}
