using Marketplace.Ledger;

namespace Marketplace.Grains.Ledger;

/// <summary>The ledger's stored state: balances, every transfer by key (its idempotency record) and each account's entries.</summary>
public sealed class LedgerState
{
    /// <summary>The sequence of the last transfer; the next one gets this plus one.</summary>
    public long LastSequence { get; set; }

    /// <summary>Balances in cents by account (<see cref="LedgerAccount.ToString"/>); an account that never moved is absent.</summary>
    public Dictionary<string, long> Balances { get; set; } = [];

    /// <summary>Every transfer that moved, by its key.</summary>
    public Dictionary<string, StoredTransfer> Transfers { get; set; } = [];

    /// <summary>Each account's entries, oldest first, by account (<see cref="LedgerAccount.ToString"/>).</summary>
    public Dictionary<string, List<LedgerEntry>> Entries { get; set; } = [];
}

/// <summary>A transfer as the ledger keeps it: what a repeated request is compared with and answered from.</summary>
public sealed class StoredTransfer
{
    public string Key { get; set; } = "";

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public List<TransferLeg> Legs { get; set; } = [];

    public string Reason { get; set; } = "";
}
