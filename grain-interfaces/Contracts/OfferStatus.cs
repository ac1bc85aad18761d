namespace Marketplace.Contracts;

/// <summary>Where an offer is in its life (the table is OfferTransitions in the grains).</summary>
public enum OfferStatus
{
    /// <summary>Sent; the freelancer may accept or decline until it expires after 30 days.</summary>
    Pending,
    Accepted,
    Declined,
    Withdrawn,
    Expired,
}
