using Marketplace.Ledger;

namespace Marketplace.Grains.Ledger;

/// <summary>
/// The ledger's stored state: the last transfer's sequence. Everything that grows with the marketplace is stored as
/// entries beside it (see <see cref="LedgerGrain"/>): each transfer by key, each account's balance, each posting.
/// </summary>
public sealed class LedgerState
{
    /// <summary>The sequence of the last transfer; the next one gets this plus one.</summary>
    public long LastSequence { get; set; }
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
