using Actors.GraphQL.Binding;
using Marketplace.Notifications;

namespace Marketplace.Api.Notifications;

/// <summary>A page of the viewer's notifications, newest first, with the whole inbox's unread count.</summary>
[GraphQLRuntimeType("NotificationConnection")]
public sealed record NotificationConnection(IReadOnlyList<NotificationEdge> Edges, PageInfo PageInfo, int UnreadCount);

/// <summary>A notification in a page, with its cursor.</summary>
[GraphQLRuntimeType("NotificationEdge")]
public sealed record NotificationEdge(string Cursor, NotificationView Node);

/// <summary>The payload of markNotificationsRead.</summary>
[GraphQLRuntimeType("MarkNotificationsReadPayload")]
public sealed record MarkNotificationsReadPayload(int? UnreadCount, IReadOnlyList<UserError> Errors)
{
    public static MarkNotificationsReadPayload Refused(DomainException refused) => new(null, [UserError.From(refused)]);
}

/// <summary>The input of markNotificationsRead: either <see cref="Ids"/> or <see cref="All"/>.</summary>
public sealed record MarkNotificationsReadInput(IReadOnlyList<string>? Ids, bool? All);
