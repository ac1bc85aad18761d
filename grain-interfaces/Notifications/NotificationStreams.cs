namespace Marketplace.Notifications;

/// <summary>The stream namespaces of the notifications area.</summary>
public static class NotificationStreams
{
    /// <summary>One stream per user (key: user id): <see cref="NotificationAdded"/>.</summary>
    public const string Inbox = "inbox";
}
