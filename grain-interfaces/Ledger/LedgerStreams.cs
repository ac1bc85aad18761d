namespace Marketplace.Ledger;

/// <summary>The stream of the ledger: every completed transfer, in order, on (<see cref="Namespace"/>, <see cref="ILedgerGrain.Key"/>).</summary>
public static class LedgerStreams
{
    /// <summary>The namespace of the ledger's stream.</summary>
    public const string Namespace = "ledger";
}
