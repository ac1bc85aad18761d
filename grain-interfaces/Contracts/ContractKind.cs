namespace Marketplace.Contracts;

/// <summary>How a contract pays: fixed-price milestones funded into escrow, or hourly time invoiced weekly.</summary>
public enum ContractKind
{
    Fixed,
    Hourly,
}
