using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>A notification was added to <see cref="UserId"/>'s inbox (stream (<see cref="NotificationStreams.Inbox"/>, user id)); the api's <c>notifications</c> subscription relays it.</summary>
[GenerateSerializer]
public sealed record NotificationAdded([Id(0)] string UserId, [Id(1)] NotificationView Notification, [Id(2)] int UnreadCount);
