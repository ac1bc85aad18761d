using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>
/// A notification in a user's inbox. <see cref="Id"/> is the inbox's running number as text ("1", "2"...): later
/// notifications have larger numbers. <see cref="ReadAt"/> is null while unread.
/// </summary>
[GenerateSerializer]
public sealed record NotificationView(
    [Id(0)] string Id, [Id(1)] NotificationKind Kind, [Id(2)] string Title, [Id(3)] string Body, [Id(4)] NotificationSubject? Subject,
    [Id(5)] DateTimeOffset CreatedAt, [Id(6)] DateTimeOffset? ReadAt);
