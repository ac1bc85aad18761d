using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>
/// The stored list of a user's conversations: nothing but its entries, one per conversation by conversation id (see
/// <see cref="UserConversationsGrain"/>).
/// </summary>
public sealed class UserConversationsState;

/// <summary>One conversation of a user's list, as the events have told it so far.</summary>
public sealed record UserConversation(
    string ConversationId, ConversationKind Kind, string SubjectId, string CounterpartId, MessageView? LastMessage, DateTimeOffset LastActivityAt, long ReadUpTo);
