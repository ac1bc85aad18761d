using Marketplace.Notifications;

namespace Marketplace.Grains.Notifications;

/// <summary>The stored inbox: the number the next notification gets (the kept notifications are entries beside it).</summary>
public sealed class InboxState
{
    /// <summary>The number of the next notification; every number below it was given once.</summary>
    public long NextNumber { get; set; } = 1;
}

/// <summary>A stored notification with the dedupe key it was added under.</summary>
public sealed record StoredNotification(
    long Number, string DedupeKey, NotificationKind Kind, string Title, string Body, string? SubjectType, string? SubjectId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public NotificationView ToView() => new(
        Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Kind, Title, Body,
        SubjectType is null || SubjectId is null ? null : new NotificationSubject(SubjectType, SubjectId), CreatedAt, ReadAt);
}
