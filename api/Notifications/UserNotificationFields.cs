using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Accounts;
using Marketplace.Notifications;

namespace Marketplace.Api.Notifications;

/// <summary>User.notifications and User.unreadNotificationCount: the signed-in user's inbox.</summary>
[GraphQLType(UserNode.TypeName, RuntimeType = typeof(UserNode))]
public sealed class UserNotificationFields
{
    /// <summary>The inbox's notifications after cursor <paramref name="after"/> (a notification's own number), newest first.</summary>
    public static async Task<NotificationConnection> NotificationsAsync([Parent] UserNode user, int first, string? after, bool unreadOnly, IGrainFactory grains)
    {
        var page = await grains.GetGrain<IInboxGrain>(user.UserId).ListAsync(Paging.Size(first), after, unreadOnly);
        var edges = page.Notifications.Select(notification => new NotificationEdge(notification.Id, notification)).ToList();
        return new NotificationConnection(
            edges, new PageInfo(page.HasMore, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), page.UnreadCount);
    }

    public static Task<int> UnreadNotificationCountAsync([Parent] UserNode user, IGrainFactory grains) => grains.GetGrain<IInboxGrain>(user.UserId).UnreadCountAsync();
}
