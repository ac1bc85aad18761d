using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Accounts;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>User.conversations: the signed-in user's conversations, most recently active first.</summary>
[GraphQLType(UserNode.TypeName, RuntimeType = typeof(UserNode))]
public sealed class UserConversationFields
{
    /// <summary>A page of the user's conversation list; each conversation is then read from its grain, all at once.</summary>
    public static async Task<ConversationConnection> ConversationsAsync([Parent] UserNode user, int first, string? after, IGrainFactory grains)
    {
        var page = await grains.GetGrain<IUserConversationsGrain>(user.UserId).ListAsync(Paging.Size(first), after);
        var conversations = await Task.WhenAll(page.Entries.Select(entry => grains.GetGrain<IConversationGrain>(entry.ConversationId).GetAsync(user.UserId)));
        var edges = page.Entries.Select((entry, i) => new ConversationEdge(ConversationListCursor.Of(entry), conversations[i])).ToList();
        return new ConversationConnection(edges, new PageInfo(page.HasMore, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }
}
