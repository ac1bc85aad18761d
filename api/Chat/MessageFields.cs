using System.Security.Claims;
using Actors.GraphQL.Binding;
using Marketplace.Api.Auth;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>The fields of Message read from <see cref="MessageView"/> that need translating or the viewer.</summary>
[GraphQLType(ChatIds.Message, RuntimeType = typeof(MessageView))]
public sealed class MessageFields
{
    public static string Id([Parent] MessageView message) => ChatIds.OfMessage(message.Id);

    /// <summary>The conversation: a message's id is "{conversationId}:{sequence}".</summary>
    public static string ConversationId([Parent] MessageView message) =>
        ChatIds.OfConversation(message.Id[..message.Id.LastIndexOf(':')]);

    public static string SenderId([Parent] MessageView message) => ChatIds.OfUser(message.SenderId);

    public static bool SentByMe([Parent] MessageView message, ClaimsPrincipal? user) => Viewer.From(user)?.UserId == message.SenderId;
}
