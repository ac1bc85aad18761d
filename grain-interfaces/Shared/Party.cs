namespace Marketplace;

/// <summary>Who fires a transition of a state machine: one side of the contract, the platform's staff, or the platform itself (a reminder).</summary>
public enum Party
{
    Client,
    Freelancer,
    Operator,
    System,
}
