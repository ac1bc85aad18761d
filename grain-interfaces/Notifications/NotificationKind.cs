namespace Marketplace.Notifications;

/// <summary>What a notification is about, for its icon and the user's notification settings.</summary>
public enum NotificationKind
{
    NewProposal,
    ProposalStatus,
    Offer,
    Contract,
    Message,
    Payment,
    Review,
    System,
}
