using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>A page of an inbox, newest first; pass the last item's id as "before" for the next page. <see cref="UnreadCount"/> is the whole inbox's.</summary>
[GenerateSerializer]
public sealed record NotificationPage([Id(0)] IReadOnlyList<NotificationView> Notifications, [Id(1)] bool HasMore, [Id(2)] int UnreadCount);
