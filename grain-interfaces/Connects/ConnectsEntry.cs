using Actors.Runtime;

namespace Marketplace.Connects;

/// <summary>Why a freelancer's Connects balance moved.</summary>
public enum ConnectsReason
{
    /// <summary>The starting balance, on first use.</summary>
    Granted,

    /// <summary>Paid for a proposal.</summary>
    Spent,

    /// <summary>Given back: the job ended without a hire.</summary>
    Refunded,
}

/// <summary>One movement of a Connects balance: <see cref="Connects"/> is positive in, negative out; the job is null for the grant.</summary>
[GenerateSerializer]
public sealed record ConnectsEntry(
    [Id(0)] ConnectsReason Reason, [Id(1)] string? JobId, [Id(2)] int Connects, [Id(3)] int BalanceAfter, [Id(4)] DateTimeOffset At);

/// <summary>What a spend or refund for a job did: the Connects moved (positive), the balance after and when.</summary>
[GenerateSerializer]
public sealed record ConnectsReceipt([Id(0)] string JobId, [Id(1)] int Connects, [Id(2)] int BalanceAfter, [Id(3)] DateTimeOffset At);
