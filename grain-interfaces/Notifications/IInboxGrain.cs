using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>
/// A user's notifications (key: user id), newest first. It keeps at most the newest 500
/// (<see cref="Capacity"/>): adding one more drops the oldest, read or not. Routers add notifications from
/// domain events; the api lists them and marks them read for the user the key names.
/// </summary>
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>How many notifications an inbox keeps.</summary>
    public const int Capacity = 500;

    /// <summary>
    /// Adds a notification, or returns the one already added with the same <see cref="NotificationDraft.DedupeKey"/>
    /// (among those kept). Records <see cref="NotificationAdded"/> when it is new.
    /// </summary>
    Task<NotificationView> AddAsync(NotificationDraft draft);

    /// <summary>Up to <paramref name="first"/> (1 to 100) notifications older than <paramref name="before"/>, newest first.</summary>
    /// <param name="first">The page size, 1 to 100.</param>
    /// <param name="before">A notification id: only older ones; null for the newest.</param>
    /// <param name="unreadOnly">Only unread notifications.</param>
    Task<NotificationPage> ListAsync(int first, string? before, bool unreadOnly);

    Task<int> UnreadCountAsync();

    /// <summary>
    /// Marks these notifications read (those read already stay as they were); returns the unread count after.
    /// An id this inbox never gave is NOT_FOUND (and nothing is marked); one dropped as too old is passed over.
    /// </summary>
    Task<int> MarkReadAsync(IReadOnlyList<string> ids);

    /// <summary>Marks every notification read; returns how many were unread.</summary>
    Task<int> MarkAllReadAsync();
}
