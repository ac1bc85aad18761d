namespace Marketplace.Contracts;

/// <summary>Where a contract is in its life once its offer was accepted (the table is ContractTransitions in the grains).</summary>
public enum ContractStatus
{
    Active,
    Paused,
    Ended,
}
