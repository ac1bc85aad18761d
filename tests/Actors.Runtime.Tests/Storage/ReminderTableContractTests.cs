using Actors.Runtime.Reminders;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// What every <see cref="IReminderTable"/> promises, run against each provider: upsert with a new ETag each
/// time, conditional moves and removal, reads by name and by grain, and due reminders earliest first.
/// </summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2025, 9, 15, 8, 0, 0, TimeSpan.Zero);

    protected IReminderTable Table { get; private set; } = null!;

    protected abstract Task<IReminderTable> OpenAsync();

    protected virtual Task CloseAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Table = await OpenAsync();

    public Task DisposeAsync() => CloseAsync();

    /// <summary>A grain whose type no other test uses, so that table-wide reads can be narrowed to this test.</summary>
    protected static GrainId NewGrain(string? type = null) =>
        new(type ?? $"contract-{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_upserted_reminder_reads_back_as_stored()
    {
        var grain = NewGrain();

        var entry = await Table.UpsertAsync(grain, "auto-release", Now.AddDays(14), TimeSpan.FromHours(1.5), default);

        Assert.Equal(new ReminderEntry(grain, "auto-release", Now.AddDays(14), TimeSpan.FromHours(1.5), entry.ETag), entry);
        Assert.False(string.IsNullOrEmpty(entry.ETag));
        Assert.Equal(entry, await Table.ReadAsync(grain, "auto-release", default));
    }

    [Fact]
    public async Task A_reminder_without_a_period_fires_once_and_reads_back_without_one()
    {
        var grain = NewGrain();

        await Table.UpsertAsync(grain, "offer-expiry", Now.AddDays(30), null, default);

        Assert.Null((await Table.ReadAsync(grain, "offer-expiry", default))!.Period);
    }

    [Fact]
    public async Task Reading_a_reminder_that_does_not_exist_returns_null()
    {
        Assert.Null(await Table.ReadAsync(NewGrain(), "nothing", default));
    }

    [Fact]
    public async Task Every_upsert_replaces_the_reminder_and_hands_out_a_new_etag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertAsync(grain, "review-window", Now.AddDays(14), null, default);

        var second = await Table.UpsertAsync(grain, "review-window", Now.AddDays(7), TimeSpan.FromDays(1), default);
        var third = await Table.UpsertAsync(grain, "review-window", Now.AddDays(7), TimeSpan.FromDays(1), default);

        Assert.Equal(3, new[] { first.ETag, second.ETag, third.ETag }.Distinct().Count());
        Assert.Equal(third, await Table.ReadAsync(grain, "review-window", default));
        Assert.Single(await Table.ReadForGrainAsync(grain, default));
    }

    [Fact]
    public async Task Times_are_kept_in_utc_to_the_microsecond()
    {
        var grain = NewGrain();
        var dueAt = new DateTimeOffset(2025, 9, 15, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(12_345_678);

        var entry = await Table.UpsertAsync(grain, "bidding-closes", dueAt, TimeSpan.FromTicks(36_000_000_007), default);

        var expected = dueAt.AddTicks(-8);
        var read = await Table.ReadAsync(grain, "bidding-closes", default);
        Assert.Equal(expected, entry.DueAt);
        Assert.Equal(expected, read!.DueAt);
        Assert.Equal(TimeSpan.Zero, read.DueAt.Offset);
        Assert.Equal(TimeSpan.FromTicks(36_000_000_000), read.Period);
        Assert.Equal(entry, read);
    }

    [Fact]
    public async Task Remove_with_a_stale_etag_keeps_the_reminder_and_with_the_current_one_removes_it()
    {
        var grain = NewGrain();
        var first = await Table.UpsertAsync(grain, "milestone", Now, null, default);
        var second = await Table.UpsertAsync(grain, "milestone", Now.AddHours(1), null, default);

        Assert.False(await Table.RemoveAsync(grain, "milestone", first.ETag, default));
        Assert.False(await Table.RemoveAsync(grain, "milestone", "not-an-etag", default));
        Assert.Equal(second, await Table.ReadAsync(grain, "milestone", default));

        Assert.True(await Table.RemoveAsync(grain, "milestone", second.ETag, default));
        Assert.Null(await Table.ReadAsync(grain, "milestone", default));
        Assert.False(await Table.RemoveAsync(grain, "milestone", second.ETag, default));
    }

    [Fact]
    public async Task Move_with_the_current_etag_moves_the_reminder_to_its_next_period_with_a_new_etag()
    {
        var grain = NewGrain();
        var entry = await Table.UpsertAsync(grain, "weekly-invoice", Now, TimeSpan.FromDays(7), default);

        var moved = await Table.MoveAsync(grain, "weekly-invoice", Now.AddDays(7), entry.ETag, default);

        Assert.Equal(entry with { DueAt = Now.AddDays(7), ETag = moved!.ETag }, moved);
        Assert.NotEqual(entry.ETag, moved.ETag);
        Assert.Equal(moved, await Table.ReadAsync(grain, "weekly-invoice", default));
    }

    [Fact]
    public async Task Move_with_a_stale_etag_or_of_a_removed_reminder_changes_nothing_and_returns_null()
    {
        var grain = NewGrain();
        var first = await Table.UpsertAsync(grain, "weekly-invoice", Now, TimeSpan.FromDays(7), default);
        var second = await Table.UpsertAsync(grain, "weekly-invoice", Now.AddDays(1), TimeSpan.FromDays(7), default);

        Assert.Null(await Table.MoveAsync(grain, "weekly-invoice", Now.AddDays(7), first.ETag, default));
        Assert.Null(await Table.MoveAsync(grain, "weekly-invoice", Now.AddDays(7), "not-an-etag", default));
        Assert.Equal(second, await Table.ReadAsync(grain, "weekly-invoice", default));

        await Table.RemoveAsync(grain, "weekly-invoice", null, default);
        Assert.Null(await Table.MoveAsync(grain, "weekly-invoice", Now.AddDays(8), second.ETag, default));
        Assert.Null(await Table.ReadAsync(grain, "weekly-invoice", default));
    }

    [Fact]
    public async Task Remove_without_an_etag_removes_whatever_is_there()
    {
        var grain = NewGrain();
        await Table.UpsertAsync(grain, "milestone", Now, null, default);

        Assert.True(await Table.RemoveAsync(grain, "milestone", null, default));
        Assert.Null(await Table.ReadAsync(grain, "milestone", default));
        Assert.False(await Table.RemoveAsync(grain, "milestone", null, default));
    }

    [Fact]
    public async Task A_reminder_created_again_after_removal_never_gets_back_an_old_etag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertAsync(grain, "milestone", Now, null, default);
        await Table.RemoveAsync(grain, "milestone", first.ETag, default);

        var again = await Table.UpsertAsync(grain, "milestone", Now, null, default);

        Assert.NotEqual(first.ETag, again.ETag);
        Assert.False(await Table.RemoveAsync(grain, "milestone", first.ETag, default));
    }

    [Fact]
    public async Task Read_for_grain_returns_every_reminder_of_that_grain_and_no_other()
    {
        var grain = NewGrain();
        var sameKeyOtherType = new GrainId(NewGrain().Type, grain.Key);
        var otherKey = grain with { Key = Guid.NewGuid().ToString("N") };
        await Table.UpsertAsync(grain, "b-second", Now.AddDays(2), null, default);
        await Table.UpsertAsync(grain, "a-first", Now.AddDays(1), null, default);
        await Table.UpsertAsync(sameKeyOtherType, "a-first", Now, null, default);
        await Table.UpsertAsync(otherKey, "a-first", Now, null, default);

        var reminders = await Table.ReadForGrainAsync(grain, default);

        Assert.Equal(["a-first", "b-second"], reminders.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(reminders, r => Assert.Equal(grain, r.Grain));
        Assert.Empty(await Table.ReadForGrainAsync(NewGrain(), default));
    }

    [Fact]
    public async Task Read_due_returns_the_reminders_due_at_or_before_the_time_earliest_first()
    {
        var type = $"contract-{Guid.NewGuid():N}";
        var a = NewGrain(type);
        var b = NewGrain(type);
        await Table.UpsertAsync(a, "late", Now.AddMinutes(1), null, default);
        await Table.UpsertAsync(a, "exactly-now", Now, null, default);
        await Table.UpsertAsync(b, "earliest", Now.AddDays(-2), TimeSpan.FromDays(1), default);
        await Table.UpsertAsync(b, "middle", Now.AddHours(-1), null, default);
        await Table.UpsertAsync(b, "moved-later", Now.AddHours(-3), null, default);
        await Table.UpsertAsync(b, "moved-later", Now.AddHours(3), null, default);

        var due = (await Table.ReadDueAsync(Now, default)).Where(r => r.Grain.Type == type).ToList();

        Assert.Equal(["earliest", "middle", "exactly-now"], due.Select(r => r.Name));
        Assert.Equal([Now.AddDays(-2), Now.AddHours(-1), Now], due.Select(r => r.DueAt));
        Assert.DoesNotContain(await Table.ReadDueAsync(Now.AddDays(-3), default), r => r.Grain.Type == type);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_an_argument_exception()
    {
        var grain = NewGrain();

        await Assert.ThrowsAsync<ArgumentException>("grain", () => Table.UpsertAsync(default, "r", Now, null, default));
        await Assert.ThrowsAsync<ArgumentException>("grain", () => Table.UpsertAsync(new GrainId("job", ""), "r", Now, null, default));
        await Assert.ThrowsAsync<ArgumentException>("name", () => Table.UpsertAsync(grain, "", Now, null, default));
        await Assert.ThrowsAsync<ArgumentException>("name", () => Table.UpsertAsync(grain, null!, Now, null, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("period", () => Table.UpsertAsync(grain, "r", Now, TimeSpan.Zero, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>("period", () => Table.UpsertAsync(grain, "r", Now, TimeSpan.FromMinutes(-1), default));
        await Assert.ThrowsAsync<ArgumentException>("name", () => Table.MoveAsync(grain, "", Now, "1", default));
        await Assert.ThrowsAsync<ArgumentNullException>("eTag", () => Table.MoveAsync(grain, "r", Now, null!, default));
        await Assert.ThrowsAsync<ArgumentException>("name", () => Table.RemoveAsync(grain, "", null, default));
        await Assert.ThrowsAsync<ArgumentException>("grain", () => Table.ReadAsync(default, "r", default));
        await Assert.ThrowsAsync<ArgumentException>("grain", () => Table.ReadForGrainAsync(new GrainId("", "k"), default));
        Assert.Empty(await Table.ReadForGrainAsync(grain, default));
    }
}
