using Actors.Runtime.Streams;
using Marketplace.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Testing;

namespace Marketplace.Grains.Tests.Notifications;

public sealed class InboxTests
{
    private readonly ManualTimeProvider _clock = new();

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static NotificationDraft Draft(string key, NotificationKind kind = NotificationKind.Offer) =>
        new(key, kind, $"Title {key}", $"Body {key}", "offer", $"offer-{key}");

    private static async Task Refused(Func<Task> command, string code, string field)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(command);
        Assert.Equal((code, field), (refused.Code, refused.Field));
    }

    [Fact]
    public async Task Adding_with_the_same_dedupe_key_returns_the_first_notification_and_records_one_event()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var user = $"user-{NewId()}";
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>(user);

        var added = await inbox.AddAsync(new NotificationDraft("offer-sent:o1", NotificationKind.Offer, " You have an offer ", "Acme offers $500", "offer", "o1"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var again = await inbox.AddAsync(new NotificationDraft("offer-sent:o1", NotificationKind.Offer, "Other title", "Other body", "offer", "o1"));

        Assert.Equal(added, again);
        Assert.Equal(("1", NotificationKind.Offer, "You have an offer", "Acme offers $500", new NotificationSubject("offer", "o1"), _clock.GetUtcNow().AddSeconds(-1), (DateTimeOffset?)null),
            (added.Id, added.Kind, added.Title, added.Body, added.Subject, added.CreatedAt, added.ReadAt));
        Assert.Single((await inbox.ListAsync(10, null, false)).Notifications);
        var stream = new StreamId(NotificationStreams.Inbox, user);
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        Assert.Equal(1, await streams.ReadLastSequenceAsync(stream, CancellationToken.None));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var recorded = await streams.ReadAsync(stream, 0, stop.Token).Take(1).Select(e => e.Event).SingleAsync(stop.Token);
        Assert.Equal(new NotificationAdded(user, added, 1), recorded);
    }

    [Fact]
    public async Task Lists_are_newest_first_in_pages_and_can_leave_out_what_was_read()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>($"user-{NewId()}");
        for (var i = 1; i <= 5; i++)
        {
            await inbox.AddAsync(Draft($"k{i}"));
        }

        var first = await inbox.ListAsync(2, null, false);
        var second = await inbox.ListAsync(2, first.Notifications[^1].Id, false);
        var last = await inbox.ListAsync(2, second.Notifications[^1].Id, false);
        Assert.Equal(["5", "4"], first.Notifications.Select(n => n.Id));
        Assert.Equal(["3", "2"], second.Notifications.Select(n => n.Id));
        Assert.Equal(["1"], last.Notifications.Select(n => n.Id));
        Assert.Equal((true, true, false), (first.HasMore, second.HasMore, last.HasMore));

        Assert.Equal(3, await inbox.MarkReadAsync(["4", "2", "4"]));
        var unread = await inbox.ListAsync(10, null, true);
        Assert.Equal(["5", "3", "1"], unread.Notifications.Select(n => n.Id));
        Assert.Equal(3, unread.UnreadCount);
        var unreadPage = await inbox.ListAsync(1, "5", true);
        Assert.Equal(["3"], unreadPage.Notifications.Select(n => n.Id));
        Assert.True(unreadPage.HasMore);
    }

    [Fact]
    public async Task Marking_read_counts_down_keeps_the_first_read_time_and_marks_all()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>($"user-{NewId()}");
        for (var i = 1; i <= 3; i++)
        {
            await inbox.AddAsync(Draft($"k{i}"));
        }

        Assert.Equal(3, await inbox.UnreadCountAsync());
        Assert.Equal(2, await inbox.MarkReadAsync(["1"]));
        var readAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await inbox.MarkReadAsync(["1"]));
        Assert.Equal(2, await inbox.MarkAllReadAsync());
        Assert.Equal(0, await inbox.MarkAllReadAsync());

        var all = (await inbox.ListAsync(10, null, false)).Notifications;
        Assert.Equal([_clock.GetUtcNow(), _clock.GetUtcNow(), readAt], all.Select(n => n.ReadAt));
        Assert.Equal(0, await inbox.UnreadCountAsync());
    }

    [Fact]
    public async Task Bad_drafts_pages_and_ids_are_refused_and_change_nothing()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>($"user-{NewId()}");
        await inbox.AddAsync(Draft("k1"));
        await inbox.AddAsync(Draft("k2"));

        await Refused(() => inbox.AddAsync(Draft(" ")), ErrorCodes.InvalidInput, "dedupeKey");
        await Refused(() => inbox.AddAsync(Draft("k3") with { Title = "" }), ErrorCodes.InvalidInput, "title");
        await Refused(() => inbox.AddAsync(Draft("k3") with { Body = new string('b', 2_001) }), ErrorCodes.InvalidInput, "body");
        await Refused(() => inbox.AddAsync(Draft("k3") with { Kind = (NotificationKind)99 }), ErrorCodes.InvalidInput, "kind");
        await Refused(() => inbox.AddAsync(Draft("k3") with { SubjectId = null }), ErrorCodes.InvalidInput, "subjectId");
        await Refused(() => inbox.ListAsync(0, null, false), ErrorCodes.InvalidInput, "first");
        await Refused(() => inbox.ListAsync(10, "abc", false), ErrorCodes.InvalidInput, "before");
        await Refused(() => inbox.MarkReadAsync(["1", "x"]), ErrorCodes.InvalidInput, "ids");
        var unknown = await Assert.ThrowsAsync<DomainException>(() => inbox.MarkReadAsync(["1", "3"]));

        Assert.Equal(ErrorCodes.NotFound, unknown.Code);
        Assert.Equal(2, await inbox.UnreadCountAsync());
        Assert.Equal(["2", "1"], (await inbox.ListAsync(10, null, false)).Notifications.Select(n => n.Id));
        var system = await inbox.AddAsync(new NotificationDraft("maintenance:1", NotificationKind.System, "Maintenance tonight", "", null, null));
        Assert.Null(system.Subject);
    }

    [Fact]
    public async Task An_inbox_keeps_the_newest_500_and_passes_over_dropped_ids()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>($"user-{NewId()}");
        for (var i = 1; i <= IInboxGrain.Capacity + 2; i++)
        {
            await inbox.AddAsync(Draft($"k{i}"));
        }

        var kept = new List<NotificationView>();
        string? before = null;
        NotificationPage page;
        do
        {
            page = await inbox.ListAsync(100, before, false);
            kept.AddRange(page.Notifications);
            before = page.Notifications.Count > 0 ? page.Notifications[^1].Id : before;
        }
        while (page.HasMore);

        Assert.Equal(IInboxGrain.Capacity, kept.Count);
        Assert.Equal(("502", "3"), (kept[0].Id, kept[^1].Id));
        Assert.Equal(IInboxGrain.Capacity, await inbox.UnreadCountAsync());
        Assert.Equal(IInboxGrain.Capacity - 1, await inbox.MarkReadAsync(["1", "3"]));
    }
}
