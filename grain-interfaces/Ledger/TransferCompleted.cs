using Actors.Runtime;

namespace Marketplace.Ledger;

/// <summary>
/// A transfer moved its legs: recorded on the ledger's stream (<see cref="LedgerStreams.Namespace"/>, <see cref="ILedgerGrain.Key"/>)
/// in the same write as the balances, so a reader of the stream sees every transfer exactly once and in sequence order.
/// </summary>
[GenerateSerializer]
public sealed record TransferCompleted(
    [Id(0)] string Key, [Id(1)] long Sequence, [Id(2)] IReadOnlyList<TransferLeg> Legs, [Id(3)] string Reason, [Id(4)] DateTimeOffset At);
