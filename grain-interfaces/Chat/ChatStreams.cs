namespace Marketplace.Chat;

/// <summary>The stream namespaces of the chat area.</summary>
public static class ChatStreams
{
    /// <summary>One stream per conversation (key: conversation id): <see cref="ConversationOpened"/>, <see cref="MessageSent"/>, <see cref="MessagesRead"/>.</summary>
    public const string Conversation = "conversation";
}
