using System.Globalization;
using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Notifications;

namespace Marketplace.Grains.Notifications;

/// <summary>
/// A user's notifications. Each gets the inbox's next number as its id. At most <see cref="IInboxGrain.Capacity"/>
/// are kept: adding one more drops the oldest, read or not, and with it its dedupe key, so the same key added again
/// after 500 newer notifications would be new (routers add a key right after its event, never that late).
/// </summary>
public sealed class InboxGrain([PersistentState("inbox")] IPersistentState<InboxState> state, TimeProvider clock) : Grain, IInboxGrain
{
    public const int MaxDedupeKeyLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 2_000;
    public const int MaxSubjectLength = 200;
    public const int MaxPageSize = 100;

    /// <summary>Dedupe key → number, of the kept notifications; rebuilt on activation.</summary>
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);

    /// <summary>The kept notifications, oldest first, keyed by number: each stored as its own entry, so adding one writes one.</summary>
    private IStateEntries<StoredNotification> Notifications => state.Entries<StoredNotification>("notifications");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var kept in Notifications)
        {
            _keys[kept.DedupeKey] = kept.Number;
        }

        return Task.CompletedTask;
    }

    public async Task<NotificationView> AddAsync(NotificationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var dedupeKey = Text("dedupeKey", draft.DedupeKey, 1, MaxDedupeKeyLength);
        var title = Text("title", draft.Title, 1, MaxTitleLength);
        var body = Text("body", draft.Body ?? "", 0, MaxBodyLength);
        if (!Enum.IsDefined(draft.Kind))
        {
            throw DomainException.InvalidInput("kind", "Not a notification kind.");
        }

        if ((draft.SubjectType is null) != (draft.SubjectId is null))
        {
            throw DomainException.InvalidInput(draft.SubjectType is null ? "subjectType" : "subjectId", "A subject has both a type and an id, or neither.");
        }

        var subjectType = draft.SubjectType is null ? null : Text("subjectType", draft.SubjectType, 1, MaxSubjectLength);
        var subjectId = draft.SubjectId is null ? null : Text("subjectId", draft.SubjectId, 1, MaxSubjectLength);
        if (_keys.TryGetValue(dedupeKey, out var existing))
        {
            return Find(existing)!.ToView();
        }

        var added = new StoredNotification(state.State.NextNumber, dedupeKey, draft.Kind, title, body, subjectType, subjectId, clock.GetUtcNow(), null);
        state.State.NextNumber++;
        Notifications.Set(Key(added.Number), added);
        var dropped = Notifications.Take(Notifications.Count - IInboxGrain.Capacity).ToList();
        foreach (var gone in dropped)
        {
            Notifications.Remove(Key(gone.Number));
        }

        state.RecordEvent(new StreamId(NotificationStreams.Inbox, GetPrimaryKeyString()), new NotificationAdded(GetPrimaryKeyString(), added.ToView(), Unread()));
        await WriteAsync();
        _keys[dedupeKey] = added.Number;
        foreach (var gone in dropped)
        {
            _keys.Remove(gone.DedupeKey);
        }

        return added.ToView();
    }

    public Task<NotificationPage> ListAsync(int first, string? before, bool unreadOnly)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw DomainException.InvalidInput("first", $"A page has 1 to {MaxPageSize} notifications.");
        }

        var below = before is null ? long.MaxValue : Number("before", before);
        var page = new List<NotificationView>();
        var hasMore = false;
        foreach (var notification in Notifications.Reverse())
        {
            if (notification.Number >= below || (unreadOnly && notification.ReadAt is not null))
            {
                continue;
            }

            if (page.Count == first)
            {
                hasMore = true;
                break;
            }

            page.Add(notification.ToView());
        }

        return Task.FromResult(new NotificationPage(page, hasMore, Unread()));
    }

    public Task<int> UnreadCountAsync() => Task.FromResult(Unread());

    public async Task<int> MarkReadAsync(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var numbers = new HashSet<long>();
        foreach (var id in ids)
        {
            var number = Number("ids", id);
            if (number >= state.State.NextNumber)
            {
                throw DomainException.NotFound("Notification", id);
            }

            numbers.Add(number);
        }

        var now = clock.GetUtcNow();
        var changed = false;
        foreach (var number in numbers)
        {
            if (Find(number) is { ReadAt: null } unread)
            {
                Notifications.Set(Key(number), unread with { ReadAt = now });
                changed = true;
            }
        }

        if (changed)
        {
            await WriteAsync();
        }

        return Unread();
    }

    public async Task<int> MarkAllReadAsync()
    {
        var now = clock.GetUtcNow();
        var unread = Notifications.Where(n => n.ReadAt is null).ToList();
        foreach (var notification in unread)
        {
            Notifications.Set(Key(notification.Number), notification with { ReadAt = now });
        }

        var marked = unread.Count;

        if (marked > 0)
        {
            await WriteAsync();
        }

        return marked;
    }

    private int Unread() => Notifications.Count(n => n.ReadAt is null);

    private StoredNotification? Find(long number) => Notifications.TryGet(Key(number), out var notification) ? notification : null;

    private static string Key(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A notification id: a positive number as text (INVALID_INPUT on <paramref name="field"/> otherwise).</summary>
    private static long Number(string field, string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw DomainException.InvalidInput(field, $"\"{id}\" is not a notification id.");

    private static string Text(string field, string? value, int min, int max)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length >= min && trimmed.Length <= max
            ? trimmed
            : throw DomainException.InvalidInput(field, $"{field} has {min} to {max:N0} characters.");
    }

    /// <summary>Stores state and events; on failure this activation ends so the next call reads what is stored.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
