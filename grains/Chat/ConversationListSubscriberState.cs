using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>What <see cref="ConversationListSubscriberGrain"/> remembers of its conversation.</summary>
public sealed class ConversationListSubscriberState
{
    public ConversationOpened? Opened { get; set; }
}
