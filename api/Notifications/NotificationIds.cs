namespace Marketplace.Api.Notifications;

/// <summary>
/// The global ids of notifications: an inbox numbers its notifications itself ("1", "2"...), so the global id
/// carries the inbox's user too, and a notification of another inbox is never mistaken for one's own.
/// </summary>
public static class NotificationIds
{
    public const string Notification = "Notification";

    public static string Of(string userId, string notificationId) => GlobalId.Of(Notification, $"{userId}/{notificationId}");

    /// <summary>
    /// The number inside a notification's global id of <paramref name="userId"/>'s inbox; <c>NOT_FOUND</c> for another
    /// inbox's, <c>INVALID_INPUT</c> naming <paramref name="field"/> for what is not a notification id at all.
    /// </summary>
    public static string ParseOwn(string globalId, string userId, string field)
    {
        var key = GlobalId.Expect(Notification, globalId, field);
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw DomainException.InvalidInput(field, $"\"{globalId}\" is not the id of a Notification.");
        }

        return key[..slash] == userId ? key[(slash + 1)..] : throw new DomainException(ErrorCodes.NotFound, $"Notification \"{globalId}\" does not exist.", field);
    }
}
