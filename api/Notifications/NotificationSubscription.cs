using System.Runtime.CompilerServices;
using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime.Streams;
using Marketplace.Api.Auth;
using Marketplace.Notifications;

namespace Marketplace.Api.Notifications;

/// <summary>notifications: the viewer's inbox stream (where the inbox records each notification as it adds it) from its current end.</summary>
[GraphQLType("Subscription")]
public sealed class NotificationSubscription
{
    public static async Task<IAsyncEnumerable<NotificationView>> NotificationsAsync(ClaimsPrincipal? user, IStreamReader streams, CancellationToken cancellationToken)
    {
        var viewer = Viewer.Require(user);
        var stream = new StreamId(NotificationStreams.Inbox, viewer.UserId);
        var from = await streams.ReadLastSequenceAsync(stream, cancellationToken);
        return Added(streams, stream, from, cancellationToken);
    }

    private static async IAsyncEnumerable<NotificationView> Added(
        IStreamReader streams, StreamId stream, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var recorded in streams.ReadAsync(stream, after, cancellationToken))
        {
            if (recorded.Event is NotificationAdded added)
            {
                yield return added.Notification;
            }
        }
    }
}
