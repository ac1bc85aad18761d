namespace Marketplace.Chat;

/// <summary>
/// What a conversation is about. Before a contract (<see cref="Proposal"/>) messages must not carry contact details
/// or ask for payment off the platform; once a contract exists (<see cref="Contract"/>) they may.
/// </summary>
public enum ConversationKind
{
    Proposal,
    Contract,
}
