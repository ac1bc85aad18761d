using Testing;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// What every <see cref="IGrainStorage"/> promises, run against each provider: ETag checks that never
/// overwrite silently, state keyed by (grain type, key, state name), and a write and its events as one
/// atomic step with per-stream sequences 1, 2, 3, ... without gaps.
/// </summary>
public abstract partial class GrainStorageContractTests : IAsyncLifetime
{
    protected GrainStorageContractTests()
    {
        Start = Time.GetUtcNow();
    }

    protected ManualTimeProvider Time { get; } = new();

    /// <summary>Where <see cref="Time"/> stood when the test began.</summary>
    protected DateTimeOffset Start { get; }

    protected IGrainStorage Storage { get; private set; } = null!;

    protected IEventStore Events { get; private set; } = null!;

    /// <summary>Creates the provider under test and the event store that reads what it appends.</summary>
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

    protected static GrainStateKey NewKey(string grainType = "job", string stateName = "state") =>
        new(grainType, Guid.NewGuid().ToString("N"), stateName);

    protected static StreamId NewStream(string @namespace = "job") => new(@namespace, Guid.NewGuid().ToString("N"));

    protected static EventToAppend Event(StreamId stream, string type, string json) => new(stream, type, Json(json));

    [Fact]
    public async Task Reading_a_record_that_was_never_written_returns_null()
    {
        Assert.Null(await Storage.ReadAsync(NewKey(), default));
    }

    [Fact]
    public async Task A_write_without_an_etag_creates_the_record_and_a_read_returns_it_with_the_written_etag()
    {
        var key = NewKey();

        var result = await Storage.WriteAsync(key, Json("""{"title":"Logo design","budget":500}"""), null, [], [], default);

        Assert.False(string.IsNullOrEmpty(result.ETag));
        Assert.Empty(result.Events);
        var stored = await Storage.ReadAsync(key, default);
        Assert.NotNull(stored);
        Assert.Equal(result.ETag, stored.ETag);
        Equal("""{"budget":500,"title":"Logo design"}""", stored.Payload);
    }

    [Fact]
    public async Task A_write_with_the_current_etag_replaces_the_state_and_hands_out_a_new_etag()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);

        var second = await Storage.WriteAsync(key, Json("""{"bids":2}"""), first.ETag, [], [], default);

        Assert.NotEqual(first.ETag, second.ETag);
        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(second.ETag, stored!.ETag);
        Equal("""{"bids":2}""", stored.Payload);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_throws_naming_the_state_and_both_etags_and_changes_nothing()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);
        var second = await Storage.WriteAsync(key, Json("""{"bids":2}"""), first.ETag, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("""{"bids":99}"""), first.ETag, [], [], default));

        Assert.Equal(second.ETag, error.StoredETag);
        Assert.Equal(first.ETag, error.CurrentETag);
        Assert.Contains(key.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{first.ETag}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{second.ETag}'", error.Message, StringComparison.Ordinal);
        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(second.ETag, stored!.ETag);
        Equal("""{"bids":2}""", stored.Payload);
    }

    [Fact]
    public async Task A_write_without_an_etag_when_a_record_exists_throws_and_changes_nothing()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("""{"bids":99}"""), null, [], [], default));

        Assert.Equal(first.ETag, error.StoredETag);
        Assert.Null(error.CurrentETag);
        Assert.Contains(key.ToString(), error.Message, StringComparison.Ordinal);
        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(first.ETag, stored!.ETag);
        Equal("""{"bids":1}""", stored.Payload);
    }

    [Fact]
    public async Task A_write_with_an_etag_when_no_record_exists_throws_and_creates_nothing()
    {
        var other = await Storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default);
        var key = NewKey();

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("""{"bids":1}"""), other.ETag, [], [], default));

        Assert.Null(error.StoredETag);
        Assert.Equal(other.ETag, error.CurrentETag);
        Assert.Null(await Storage.ReadAsync(key, default));
    }

    [Fact]
    public async Task A_write_with_an_etag_the_storage_never_handed_out_throws()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("""{"bids":2}"""), "not-an-etag", [], [], default));

        Assert.Equal(first.ETag, error.StoredETag);
        Assert.Equal("not-an-etag", error.CurrentETag);
        Assert.Equal(first.ETag, (await Storage.ReadAsync(key, default))!.ETag);
    }

    [Fact]
    public async Task Clear_deletes_the_record_and_then_a_write_without_an_etag_succeeds_with_an_etag_never_seen_before()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);

        var cleared = await Storage.ClearAsync(key, first.ETag, [], default);

        Assert.Null(await Storage.ReadAsync(key, default));
        var again = await Storage.WriteAsync(key, Json("""{"bids":7}"""), null, [], [], default);
        Assert.NotEqual(first.ETag, again.ETag);
        Equal("""{"bids":7}""", (await Storage.ReadAsync(key, default))!.Payload);

        // A writer that still holds the ETag from before the clear is stale, not lucky.
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("""{"bids":99}"""), first.ETag, [], [], default));
        Assert.Equal(again.ETag, (await Storage.ReadAsync(key, default))!.ETag);
        Assert.NotNull(cleared.ETag);
    }

    [Fact]
    public async Task The_etag_a_clear_returns_lets_the_next_write_create_the_record_again()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);
        var cleared = await Storage.ClearAsync(key, first.ETag, [], default);

        var again = await Storage.WriteAsync(key, Json("""{"bids":2}"""), cleared.ETag, [], [], default);

        Assert.Equal(again.ETag, (await Storage.ReadAsync(key, default))!.ETag);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_throws_keeps_the_record_and_appends_no_events()
    {
        var key = NewKey();
        var stream = NewStream();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);
        var second = await Storage.WriteAsync(key, Json("""{"bids":2}"""), first.ETag, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearAsync(key, first.ETag, [Event(stream, "JobClosed", "{}")], default));

        Assert.Equal(second.ETag, error.StoredETag);
        Assert.Contains(key.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(second.ETag, (await Storage.ReadAsync(key, default))!.ETag);
        Assert.Equal(0, await Events.ReadLastSequenceAsync(stream, default));
        Assert.Empty(await Events.ReadAsync(stream, 0, 10, default));
    }

    [Fact]
    public async Task Clear_without_an_etag_when_a_record_exists_throws_and_keeps_it()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"bids":1}"""), null, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(key, null, [], default));

        Assert.Equal(first.ETag, error.StoredETag);
        Assert.Equal(first.ETag, (await Storage.ReadAsync(key, default))!.ETag);
    }

    [Fact]
    public async Task Clear_with_an_etag_when_no_record_exists_throws()
    {
        var other = await Storage.WriteAsync(NewKey(), Json("{}"), null, [], [], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearAsync(NewKey(), other.ETag, [], default));

        Assert.Null(error.StoredETag);
    }

    [Fact]
    public async Task State_is_keyed_by_grain_type_so_two_types_with_the_same_key_and_state_name_never_share_a_record()
    {
        var key = Guid.NewGuid().ToString("N");
        var job = new GrainStateKey("job", key, "state");
        var contract = new GrainStateKey("contract", key, "state");

        var jobWrite = await Storage.WriteAsync(job, Json("""{"kind":"job"}"""), null, [], [], default);
        var contractWrite = await Storage.WriteAsync(contract, Json("""{"kind":"contract"}"""), null, [], [], default);

        Equal("""{"kind":"job"}""", (await Storage.ReadAsync(job, default))!.Payload);
        Equal("""{"kind":"contract"}""", (await Storage.ReadAsync(contract, default))!.Payload);
        await Storage.ClearAsync(job, jobWrite.ETag, [], default);
        Assert.Null(await Storage.ReadAsync(job, default));
        Assert.Equal(contractWrite.ETag, (await Storage.ReadAsync(contract, default))!.ETag);
    }

    [Fact]
    public async Task Two_named_states_of_one_grain_are_separate_records()
    {
        var profile = NewKey("freelancer", "profile");
        var settings = profile with { StateName = "settings" };

        await Storage.WriteAsync(profile, Json("""{"name":"Ada"}"""), null, [], [], default);

        Assert.Null(await Storage.ReadAsync(settings, default));
        await Storage.WriteAsync(settings, Json("""{"theme":"dark"}"""), null, [], [], default);
        Equal("""{"name":"Ada"}""", (await Storage.ReadAsync(profile, default))!.Payload);
    }

    [Fact]
    public async Task What_is_stored_does_not_change_when_the_caller_reuses_its_buffers()
    {
        var key = NewKey();
        var stream = NewStream();
        var payload = Json("""{"bids":1}""");
        var eventPayload = Json("""{"n":1}""");

        await Storage.WriteAsync(key, payload, null, [], [new EventToAppend(stream, "BidPlaced", eventPayload)], default);
        Json("""{"bids":9}""").CopyTo(payload, 0);
        Json("""{"n":9}""").CopyTo(eventPayload, 0);

        Equal("""{"bids":1}""", (await Storage.ReadAsync(key, default))!.Payload);
        Equal("""{"n":1}""", Assert.Single(await Events.ReadAsync(stream, 0, 1, default)).Payload);
    }
}
