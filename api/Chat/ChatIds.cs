using System.Globalization;
using Marketplace.Api.Accounts;

namespace Marketplace.Api.Chat;

/// <summary>The global ids of conversations, messages and users in chat, and the cursors of a conversation's history.</summary>
public static class ChatIds
{
    public const string Conversation = "Conversation";
    public const string Message = "Message";

    public static string OfConversation(string conversationId) => GlobalId.Of(Conversation, conversationId);

    public static string OfMessage(string messageId) => GlobalId.Of(Message, messageId);

    public static string OfUser(string userId) => GlobalId.Of(UserNode.TypeName, userId);

    /// <summary>The conversation inside a Conversation's global id; <c>INVALID_INPUT</c> naming <paramref name="field"/> otherwise.</summary>
    public static string ParseConversation(string globalId, string field = "conversationId") => GlobalId.Expect(Conversation, globalId, field);

    /// <summary>A message's cursor in the history: its sequence.</summary>
    public static string CursorOf(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sequence a history cursor names; <c>INVALID_INPUT</c> on <c>before</c> when it is not one.</summary>
    public static long ReadCursor(string cursor) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 1
            ? sequence
            : throw DomainException.InvalidInput("before", "before is not a cursor of this history.");
}
