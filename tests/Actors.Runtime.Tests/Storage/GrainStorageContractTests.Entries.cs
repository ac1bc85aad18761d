using System.Text;
using Actors.Runtime.Persistence;
using static Actors.Runtime.Tests.Storage.StoragePayload;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// Entries stored beside a state: a write stores or deletes only the entries it names, under the state's
/// ETag check and in the same atomic step as the state and its events; a clear deletes them all.
/// </summary>
public abstract partial class GrainStorageContractTests
{
    protected static EntryChange Entry(string name, string key, long position, string json) =>
        EntryChange.Stored(name, key, position, Json(json));

    /// <summary>The stored entries as "name/key@position=json", json compared by value through a canonical form.</summary>
    protected static string[] Listed(StoredState? stored) =>
        [.. stored!.Entries.Select(e => $"{e.Name}/{e.Key}@{e.Position}={Canonical(e.Payload)}")];

    private static string Canonical(ReadOnlyMemory<byte> json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json.Span)!.ToJsonString();

    [Fact]
    public async Task Entries_written_with_the_state_are_read_back_with_it_by_name_then_position()
    {
        var key = NewKey();

        var written = await Storage.WriteAsync(key, Json("""{"title":"Logo"}"""), null,
        [
            Entry("proposals", "p-b", 2, """{"amount":200}"""),
            Entry("proposals", "p-a", 3, """{"amount":300}"""),
            Entry("notes", "n1", 1, "\"call back\""),
            Entry("proposals", "p-c", 1, """{"amount":100}"""),
        ], [], default);

        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(written.ETag, stored!.ETag);
        Equal("""{"title":"Logo"}""", stored.Payload);
        Assert.Equal(
            ["notes/n1@1=\"call back\"", """proposals/p-c@1={"amount":100}""", """proposals/p-b@2={"amount":200}""", """proposals/p-a@3={"amount":300}"""],
            Listed(stored));
    }

    [Fact]
    public async Task A_record_without_entries_reads_back_with_none()
    {
        var key = NewKey();
        await Storage.WriteAsync(key, Json("{}"), null, [], [], default);

        Assert.Empty((await Storage.ReadAsync(key, default))!.Entries);
    }

    [Fact]
    public async Task A_write_changes_only_the_entries_it_names_and_keeps_the_others()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"v":1}"""), null,
            [Entry("proposals", "a", 1, """{"amount":1}"""), Entry("proposals", "b", 2, """{"amount":2}"""), Entry("proposals", "c", 3, """{"amount":3}""")],
            [], default);

        await Storage.WriteAsync(key, Json("""{"v":2}"""), first.ETag,
            [Entry("proposals", "b", 2, """{"amount":20}"""), EntryChange.Removed("proposals", "c"), Entry("proposals", "d", 4, """{"amount":4}""")],
            [], default);

        Assert.Equal(
            ["""proposals/a@1={"amount":1}""", """proposals/b@2={"amount":20}""", """proposals/d@4={"amount":4}"""],
            Listed(await Storage.ReadAsync(key, default)));
    }

    [Fact]
    public async Task A_stored_entry_takes_the_position_of_its_latest_write_and_removing_an_absent_entry_does_nothing()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("{}"), null, [Entry("bids", "a", 1, "1"), Entry("bids", "b", 2, "2")], [], default);

        await Storage.WriteAsync(key, Json("{}"), first.ETag, [Entry("bids", "a", 3, "10"), EntryChange.Removed("bids", "never-stored")], [], default);

        Assert.Equal(["bids/b@2=2", "bids/a@3=10"], Listed(await Storage.ReadAsync(key, default)));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_stores_no_entry_deletes_none_and_appends_no_event()
    {
        var key = NewKey();
        var stream = NewStream();
        var first = await Storage.WriteAsync(key, Json("""{"v":1}"""), null, [Entry("bids", "a", 1, "1"), Entry("bids", "b", 2, "2")], [], default);
        var second = await Storage.WriteAsync(key, Json("""{"v":2}"""), first.ETag, [Entry("bids", "a", 1, "11")], [], default);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteAsync(key, Json("""{"v":99}"""), first.ETag,
            [Entry("bids", "a", 1, "99"), EntryChange.Removed("bids", "b"), Entry("bids", "c", 3, "3")],
            [Event(stream, "BidPlaced", "{}")], default));

        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(second.ETag, stored!.ETag);
        Equal("""{"v":2}""", stored.Payload);
        Assert.Equal(["bids/a@1=11", "bids/b@2=2"], Listed(stored));
        Assert.Equal(0, await Events.ReadLastSequenceAsync(stream, default));
    }

    [Fact]
    public async Task A_write_without_an_etag_over_an_existing_record_stores_no_entry()
    {
        var key = NewKey();
        await Storage.WriteAsync(key, Json("{}"), null, [Entry("bids", "a", 1, "1")], [], default);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(key, Json("{}"), null, [Entry("bids", "b", 2, "2")], [], default));

        Assert.Equal(["bids/a@1=1"], Listed(await Storage.ReadAsync(key, default)));
    }

    [Fact]
    public async Task Clear_deletes_every_entry_and_a_write_after_it_starts_with_none()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("{}"), null,
            [Entry("bids", "a", 1, "1"), Entry("notes", "n", 1, "\"x\"")], [], default);

        var cleared = await Storage.ClearAsync(key, first.ETag, [], default);

        Assert.Null(await Storage.ReadAsync(key, default));
        await Storage.WriteAsync(key, Json("{}"), cleared.ETag, [Entry("bids", "b", 1, "2")], [], default);
        Assert.Equal(["bids/b@1=2"], Listed(await Storage.ReadAsync(key, default)));
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_keeps_every_entry()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("{}"), null, [Entry("bids", "a", 1, "1")], [], default);
        await Storage.WriteAsync(key, Json("{}"), first.ETag, [], [], default);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(key, first.ETag, [], default));

        Assert.Equal(["bids/a@1=1"], Listed(await Storage.ReadAsync(key, default)));
    }

    [Fact]
    public async Task Entries_belong_to_one_state_of_one_grain_type()
    {
        var job = NewKey("job", "state");
        var contract = job with { GrainType = "contract" };
        var settings = job with { StateName = "settings" };
        var jobWrite = await Storage.WriteAsync(job, Json("{}"), null, [Entry("bids", "a", 1, "1")], [], default);
        await Storage.WriteAsync(contract, Json("{}"), null, [Entry("bids", "a", 1, "2")], [], default);
        await Storage.WriteAsync(settings, Json("{}"), null, [], [], default);

        Assert.Equal(["bids/a@1=1"], Listed(await Storage.ReadAsync(job, default)));
        Assert.Equal(["bids/a@1=2"], Listed(await Storage.ReadAsync(contract, default)));
        Assert.Empty((await Storage.ReadAsync(settings, default))!.Entries);

        await Storage.ClearAsync(job, jobWrite.ETag, [], default);
        Assert.Equal(["bids/a@1=2"], Listed(await Storage.ReadAsync(contract, default)));
    }

    [Fact]
    public async Task What_an_entry_stores_does_not_change_when_the_caller_reuses_its_buffer()
    {
        var key = NewKey();
        var payload = Json("""{"n":1}""");

        await Storage.WriteAsync(key, Json("{}"), null, [EntryChange.Stored("bids", "a", 1, payload)], [], default);
        Json("""{"n":9}""").CopyTo(payload, 0);

        Assert.Equal(["""bids/a@1={"n":1}"""], Listed(await Storage.ReadAsync(key, default)));
    }

    public static TheoryData<string, string, string> BadEntries() => new()
    {
        { "", "a", "entry collection name" },
        { "bids", "", "entry key" },
        { new string('n', StoredEntry.MaxNameLength + 1), "a", "at most 64" },
        { "bids", new string('k', StoredEntry.MaxKeyLength + 1), "at most 256" },
        { "bids", "a\0b", "U+0000 or an unpaired surrogate" },
        { "bi\ud800ds", "a", "U+0000 or an unpaired surrogate" },
        { "bids", "a\udc00", "U+0000 or an unpaired surrogate" },
    };

    [Theory]
    [MemberData(nameof(BadEntries), DisableDiscoveryEnumeration = true)]
    public async Task An_entry_name_or_key_storage_cannot_index_is_refused_and_nothing_is_written(string name, string entryKey, string message)
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(key, Json("{}"), null,
            [Entry("bids", "good", 1, "1"), Entry(name, entryKey, 2, "2")], [], default));

        Assert.Equal("entries", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Null(await Storage.ReadAsync(key, default));
    }

    [Fact]
    public async Task A_surrogate_pair_in_an_entry_key_is_accepted()
    {
        var key = NewKey();

        await Storage.WriteAsync(key, Json("{}"), null, [Entry("emoji", "\ud83d\ude00", 1, "1")], [], default);

        Assert.Equal("\ud83d\ude00", Assert.Single((await Storage.ReadAsync(key, default))!.Entries).Key);
    }

    [Fact]
    public async Task Bad_entry_changes_are_refused_and_neither_state_nor_any_entry_is_written()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(key, Json("""{"v":1}"""), null, [Entry("bids", "a", 1, "1")], [], default);
        EntryChange[][] badLists =
        [
            [Entry("bids", "b", 2, "2"), Entry("bids", "c", 3, "{oops")],
            [Entry("bids", "b", 2, "2"), EntryChange.Stored("bids", "c", 3, ReadOnlyMemory<byte>.Empty)],
            [Entry("bids", "b", 2, "2"), Entry("bids", "c", 3, """{"m":"\u0000"}""")],
            [Entry("bids", "b", 2, "2"), Entry("bids", "b", 3, "3")],
            [Entry("bids", "b", 2, "2"), EntryChange.Removed("bids", "b")],
            [Entry("bids", "b", 2, "2"), null!],
        ];

        foreach (var entries in badLists)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(
                () => Storage.WriteAsync(key, Json("""{"v":2}"""), first.ETag, entries, [], default));
            Assert.Equal("entries", error.ParamName);
        }

        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(key, Json("{}"), first.ETag, null!, [], default));
        var stored = await Storage.ReadAsync(key, default);
        Assert.Equal(first.ETag, stored!.ETag);
        Assert.Equal(["bids/a@1=1"], Listed(stored));
    }

    [Fact]
    public async Task A_large_collection_reads_back_whole_and_in_order()
    {
        var key = NewKey();
        var entries = Enumerable.Range(1, 500)
            .Select(i => Entry("notifications", $"n{i:D3}", 1000 - i, $$"""{"text":"{{new string('x', 200)}}","i":{{i}}}"""))
            .ToArray();

        await Storage.WriteAsync(key, Json("{}"), null, entries, [], default);

        var stored = (await Storage.ReadAsync(key, default))!.Entries;
        Assert.Equal(Enumerable.Range(1, 500).Reverse().Select(i => $"n{i:D3}"), stored.Select(e => e.Key));
        Assert.Contains("\"i\":250", Encoding.UTF8.GetString(stored[250].Payload.Span).Replace(" ", ""), StringComparison.Ordinal);
    }
}
