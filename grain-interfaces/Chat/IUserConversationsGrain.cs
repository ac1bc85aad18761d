using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// A user's conversations (key: user id), newest activity first. It is a projection of the conversations' streams,
/// kept up to date by the chat area's subscriber: it converges on every event, and applying an event twice changes
/// nothing. The api reads it; only that subscriber writes it.
/// </summary>
public interface IUserConversationsGrain : IGrainWithStringKey
{
    /// <summary>Up to <paramref name="first"/> (1 to 100) conversations after cursor <paramref name="after"/> (from the newest when null).</summary>
    /// <param name="first">The page size, 1 to 100.</param>
    /// <param name="after">The <see cref="ConversationListPage.EndCursor"/> of the previous page, or null.</param>
    Task<ConversationListPage> ListAsync(int first, string? after);

    /// <summary>Adds a conversation this user takes part in (from <see cref="ConversationOpened"/>); nothing when listed already.</summary>
    Task RecordOpenedAsync(ConversationOpened opened);

    /// <summary>Records a message of a conversation this user takes part in; an older or repeated message changes nothing.</summary>
    /// <param name="sent">The event.</param>
    /// <param name="kind">What the conversation is about.</param>
    /// <param name="subjectId">The proposal or contract.</param>
    /// <param name="counterpartId">The other participant.</param>
    Task RecordMessageAsync(MessageSent sent, ConversationKind kind, string subjectId, string counterpartId);

    /// <summary>Moves this user's read receipt of a conversation forward (never back).</summary>
    Task RecordReadAsync(MessagesRead read);
}
