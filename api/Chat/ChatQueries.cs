using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>conversation(id): for its participants only; null for anyone else.</summary>
[GraphQLType("Query")]
public sealed class ChatQueries
{
    public static Task<ConversationView?> ConversationAsync(string id, ClaimsPrincipal? user, IGrainFactory grains) =>
        GlobalId.Parse(id) is (ChatIds.Conversation, var conversationId)
            ? ConversationAccess.VisibleAsync(grains, conversationId, Viewer.From(user))
            : Task.FromResult<ConversationView?>(null);
}
