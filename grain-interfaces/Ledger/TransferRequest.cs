using Actors.Runtime;

namespace Marketplace.Ledger;

/// <summary>A transfer: legs that move together, under a client-supplied idempotency key, with a reason people can read.</summary>
[GenerateSerializer]
public sealed record TransferRequest([Id(0)] string Key, [Id(1)] IReadOnlyList<TransferLeg> Legs, [Id(2)] string Reason);

/// <summary>One leg: <see cref="AmountCents"/> (positive) leaves <see cref="From"/> and arrives in <see cref="To"/>.</summary>
[GenerateSerializer]
public sealed record TransferLeg([Id(0)] LedgerAccount From, [Id(1)] LedgerAccount To, [Id(2)] long AmountCents);

/// <summary>What a transfer did: its key, its sequence in the ledger, when, and whether this call repeated an earlier one.</summary>
[GenerateSerializer]
public sealed record TransferReceipt([Id(0)] string Key, [Id(1)] long Sequence, [Id(2)] DateTimeOffset At, [Id(3)] bool Repeated);

/// <summary>One side of one leg as an account sees it: the amount in (positive) or out (negative) and the balance after.</summary>
[GenerateSerializer]
public sealed record LedgerEntry(
    [Id(0)] long Sequence, [Id(1)] string TransferKey, [Id(2)] LedgerAccount Account, [Id(3)] LedgerAccount Counterparty,
    [Id(4)] long AmountCents, [Id(5)] long BalanceAfterCents, [Id(6)] string Reason, [Id(7)] DateTimeOffset At);
