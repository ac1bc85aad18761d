using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// A chat room between a client and a freelancer (key: <see cref="ConversationKeys"/>). Only its two participants
/// may read or write it. Its events go to stream (<see cref="ChatStreams.Conversation"/>, conversation id).
/// </summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the conversation; opening it again with the same participants returns the same view, with others is
    /// ALREADY_EXISTS. A proposal's conversation may be opened by its client only (FORBIDDEN otherwise).
    /// </summary>
    Task<ConversationView> OpenAsync(ConversationStart start);

    /// <summary>
    /// Sends a message. <paramref name="clientMessageId"/> makes it retry-safe: sending again with the same
    /// (sender, clientMessageId) returns the first message and stores nothing (IDEMPOTENCY_CONFLICT when the text differs).
    /// Before a contract, text with contact details or a request to pay off the platform is refused (CONTACT_DETAILS_NOT_ALLOWED).
    /// </summary>
    /// <param name="senderId">The acting user, a participant.</param>
    /// <param name="clientMessageId">The sender's own id for this message (made by the client app), for retries.</param>
    /// <param name="text">The message; trimmed, 1 to 5,000 characters.</param>
    Task<MessageView> SendAsync(string senderId, string clientMessageId, string text);

    /// <summary>The messages before <paramref name="beforeSequence"/> (from the newest when null), newest first, at most <paramref name="first"/> (1 to 100).</summary>
    /// <param name="viewerId">The acting user, a participant.</param>
    /// <param name="first">The page size, 1 to 100.</param>
    /// <param name="beforeSequence">Only messages with a smaller sequence; null for the newest.</param>
    Task<MessagePage> HistoryAsync(string viewerId, int first, long? beforeSequence);

    /// <summary>Records that <paramref name="readerId"/> has read every message up to <paramref name="upToSequence"/>; a read receipt never moves backwards.</summary>
    /// <param name="readerId">The acting user, a participant.</param>
    /// <param name="upToSequence">The sequence of the last message read, 0 to the last message's.</param>
    Task<ConversationView> MarkReadAsync(string readerId, long upToSequence);

    /// <summary>The conversation as <paramref name="viewerId"/>, a participant, sees it.</summary>
    Task<ConversationView> GetAsync(string viewerId);
}
