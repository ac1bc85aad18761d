using Actors.GraphQL.Binding;

namespace Marketplace.Api.Chat;

/// <summary>A participant started or stopped typing in a conversation (ids are global ids).</summary>
[GraphQLRuntimeType("TypingEvent")]
public sealed record TypingEvent(string ConversationId, string UserId, bool Typing, DateTimeOffset At);
