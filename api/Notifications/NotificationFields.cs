using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Api.Chat;
using Marketplace.Api.Jobs;
using Marketplace.Notifications;

namespace Marketplace.Api.Notifications;

/// <summary>
/// The fields of Notification read from <see cref="NotificationView"/> that need translating. Notifications are only
/// ever shown to the owner of their inbox, so the viewer is that owner.
/// </summary>
[GraphQLType(NotificationIds.Notification, RuntimeType = typeof(NotificationView))]
public sealed class NotificationFields
{
    public static string Id([Parent] NotificationView notification, ClaimsPrincipal? user) => NotificationIds.Of(Viewer.Require(user).UserId, notification.Id);

    /// <summary>What a click opens, when the api knows the subject's type and the viewer may see it: a conversation or a job.</summary>
    public static async Task<object?> SubjectAsync([Parent] NotificationView notification, ClaimsPrincipal? user, IGrainFactory grains) => notification.Subject switch
    {
        { Type: "conversation", Id: var conversationId } => await ConversationAccess.VisibleAsync(grains, conversationId, Viewer.From(user)),
        { Type: "job", Id: var jobId } => await JobAccess.VisibleJobAsync(grains, jobId, Viewer.From(user)),
        _ => null,
    };
}
