using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

/// <summary>Bad input: refused with an <see cref="ArgumentException"/> before anything is written.</summary>
public abstract partial class GrainStorageContractTests
{
    [Theory]
    [InlineData("", "k", "state", "grain type")]
    [InlineData("job", "", "state", "grain key")]
    [InlineData("job", "k", "", "state name")]
    public async Task A_key_with_an_empty_part_is_refused_with_an_argument_exception(string type, string key, string state, string what)
    {
        var bad = new GrainStateKey(type, key, state);

        var write = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(bad, Json("{}"), null, [], [], default));
        var read = await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync(bad, default));
        var clear = await Assert.ThrowsAsync<ArgumentException>(() => Storage.ClearAsync(bad, null, [], default));

        Assert.All([write, read, clear], e => Assert.Contains(what, e.Message, StringComparison.Ordinal));
        Assert.All([write, read, clear], e => Assert.Equal("key", e.ParamName));
    }

    [Fact]
    public async Task A_default_key_is_refused_with_an_argument_exception()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(default, Json("{}"), null, [], [], default));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync(default, default));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"bids\":")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public async Task A_payload_that_is_not_one_json_value_is_refused_and_nothing_is_written(string payload)
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(key, Json(payload), null, [], [], default));

        Assert.Equal("payload", error.ParamName);
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
        Assert.Null(await Storage.ReadAsync(key, default));
    }

    [Theory]
    [InlineData("""{"message":"a\u0000b"}""")]
    [InlineData("""{"message":"\ud800"}""")]
    [InlineData("""{"\udc00":1}""")]
    public async Task A_string_that_storage_cannot_keep_is_refused_in_state_and_in_events(string payload)
    {
        var key = NewKey();
        var stream = NewStream();

        var state = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(key, Json(payload), null, [], [], default));
        var events = await Assert.ThrowsAsync<ArgumentException>(
            () => Storage.WriteAsync(key, Json("{}"), null, [], [Event(stream, "MessageSent", payload)], default));

        Assert.Equal("payload", state.ParamName);
        Assert.Equal("events", events.ParamName);
        Assert.Contains("U+0000 or an unpaired surrogate", state.Message, StringComparison.Ordinal);
        Assert.Null(await Storage.ReadAsync(key, default));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task Escaped_text_that_storage_can_keep_is_accepted_and_reads_back_as_written()
    {
        var key = NewKey();
        const string Payload = """{"message":"caf\u00e9 \ud83d\ude00 \\u0000 \n","\u00fcber":"\u0001"}""";

        await Storage.WriteAsync(key, Json(Payload), null, [], [], default);

        Equal(Payload, (await Storage.ReadAsync(key, default))!.Payload);
    }

    [Fact]
    public async Task Bad_events_are_refused_and_neither_state_nor_any_event_is_written()
    {
        var key = NewKey();
        var stream = NewStream();
        EventToAppend[][] badLists =
        [
            [Event(stream, "Good", "{}"), new EventToAppend(new StreamId("", "k"), "Bad", Json("{}"))],
            [Event(stream, "Good", "{}"), new EventToAppend(new StreamId("job", ""), "Bad", Json("{}"))],
            [Event(stream, "Good", "{}"), new EventToAppend(stream, "", Json("{}"))],
            [Event(stream, "Good", "{}"), new EventToAppend(stream, "Bad", Json("{oops"))],
            [Event(stream, "Good", "{}"), null!],
        ];

        foreach (var events in badLists)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(key, Json("{}"), null, [], events, default));
            Assert.Equal("events", error.ParamName);
            Assert.Contains("event 1", error.Message, StringComparison.OrdinalIgnoreCase);
        }

        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(key, Json("{}"), null, [], null!, default));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ClearAsync(key, null, null!, default));
        Assert.Null(await Storage.ReadAsync(key, default));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task A_write_whose_token_is_already_cancelled_is_not_made()
    {
        var key = NewKey();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.WriteAsync(key, Json("{}"), null, [], [], cancelled.Token));

        Assert.Null(await Storage.ReadAsync(key, default));
    }
}
