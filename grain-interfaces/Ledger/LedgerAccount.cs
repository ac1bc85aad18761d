using Actors.Runtime;

namespace Marketplace.Ledger;

/// <summary>An account of the ledger: its kind and whose it is (a user id, a contract id, or <see cref="Platform"/>).</summary>
[GenerateSerializer]
public sealed record LedgerAccount([Id(0)] LedgerAccountKind Kind, [Id(1)] string Owner)
{
    public const string Platform = "platform";

    public static LedgerAccount ClientWallet(string clientId) => new(LedgerAccountKind.ClientWallet, clientId);

    public static LedgerAccount Escrow(string contractId) => new(LedgerAccountKind.Escrow, contractId);

    public static LedgerAccount FreelancerAvailable(string freelancerId) => new(LedgerAccountKind.FreelancerAvailable, freelancerId);

    public static LedgerAccount PlatformFees { get; } = new(LedgerAccountKind.PlatformFees, Platform);

    /// <summary>Where deposits come from: the simulated payment network (the only account that goes below zero).</summary>
    public static LedgerAccount PaymentNetwork { get; } = new(LedgerAccountKind.PaymentNetwork, Platform);

    /// <summary>Where withdrawals go: freelancers' bank accounts, outside the marketplace.</summary>
    public static LedgerAccount Payouts { get; } = new(LedgerAccountKind.Payouts, Platform);

    public override string ToString() => $"{Kind}:{Owner}";
}

public enum LedgerAccountKind
{
    ClientWallet,
    Escrow,
    FreelancerAvailable,
    PlatformFees,
    PaymentNetwork,
    Payouts,
}
