using Marketplace.Contracts;
using Marketplace.Grains.Shared;

namespace Marketplace.Grains.Contracts;

/// <summary>What can happen to an offer.</summary>
public enum OfferTrigger
{
    Accept,
    Decline,
    Withdraw,
    Expire,
}

/// <summary>The life of an offer: made by the client (born <see cref="OfferStatus.Pending"/>), answered by the freelancer or expired after 30 days.</summary>
public static class OfferTransitions
{
    public static readonly TransitionTable<OfferStatus, OfferTrigger> Table = new(
        "offer",
        new(OfferStatus.Pending, OfferTrigger.Accept, Party.Freelancer, OfferStatus.Accepted),
        new(OfferStatus.Pending, OfferTrigger.Decline, Party.Freelancer, OfferStatus.Declined),
        new(OfferStatus.Pending, OfferTrigger.Withdraw, Party.Client, OfferStatus.Withdrawn),
        new(OfferStatus.Pending, OfferTrigger.Expire, Party.System, OfferStatus.Expired));
}
