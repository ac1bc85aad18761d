using Actors.GraphQL.Binding;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>The payload of the conversation mutations.</summary>
[GraphQLRuntimeType("ConversationPayload")]
public sealed record ConversationPayload(ConversationView? Conversation, IReadOnlyList<UserError> Errors)
{
    public static ConversationPayload Refused(DomainException refused) => new(null, [UserError.From(refused)]);
}

/// <summary>The payload of sendMessage.</summary>
[GraphQLRuntimeType("SendMessagePayload")]
public sealed record SendMessagePayload(MessageView? Message, IReadOnlyList<UserError> Errors)
{
    public static SendMessagePayload Refused(DomainException refused) => new(null, [UserError.From(refused)]);
}

/// <summary>A page of a conversation's history, newest first.</summary>
[GraphQLRuntimeType("MessageConnection")]
public sealed record MessageConnection(IReadOnlyList<MessageEdge> Edges, PageInfo PageInfo);

/// <summary>A message in a page, with its cursor.</summary>
[GraphQLRuntimeType("MessageEdge")]
public sealed record MessageEdge(string Cursor, MessageView Node);

/// <summary>A page of a user's conversations.</summary>
[GraphQLRuntimeType("ConversationConnection")]
public sealed record ConversationConnection(IReadOnlyList<ConversationEdge> Edges, PageInfo PageInfo);

/// <summary>A conversation in a page, with its cursor.</summary>
[GraphQLRuntimeType("ConversationEdge")]
public sealed record ConversationEdge(string Cursor, ConversationView Node);
