namespace Marketplace.Api.Chat;

/// <summary>The input of startProposalConversation.</summary>
public sealed record StartProposalConversationInput(string ProposalId);

/// <summary>The input of sendMessage.</summary>
public sealed record SendMessageInput(string ConversationId, string ClientMessageId, string Text);

/// <summary>The input of markConversationRead.</summary>
public sealed record MarkConversationReadInput(string ConversationId, long UpToSequence);

/// <summary>The input of setTyping.</summary>
public sealed record SetTypingInput(string ConversationId, bool Typing);
