using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Notifications;

namespace Marketplace.Api.Notifications;

/// <summary>markNotificationsRead: the viewer marks their own notifications read.</summary>
[GraphQLType("Mutation")]
public sealed class NotificationMutations
{
    /// <summary>Marks the listed notifications read, or all of them; exactly one of ids and all: true must be given.</summary>
    public static async Task<MarkNotificationsReadPayload> MarkNotificationsReadAsync(MarkNotificationsReadInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user);
        var inbox = grains.GetGrain<IInboxGrain>(viewer.UserId);
        try
        {
            switch (input)
            {
                case { All: true, Ids: null }:
                    await inbox.MarkAllReadAsync();
                    return new(await inbox.UnreadCountAsync(), []);
                case { All: null or false, Ids: { Count: > 0 } ids }:
                    return new(await inbox.MarkReadAsync([.. ids.Select(id => NotificationIds.ParseOwn(id, viewer.UserId, "ids"))]), []);
                default:
                    throw DomainException.InvalidInput("ids", "Give the ids of the notifications to mark read, or all: true (not both).");
            }
        }
        catch (DomainException refused)
        {
            return MarkNotificationsReadPayload.Refused(refused);
        }
    }
}
