using Actors.Runtime;

namespace Marketplace.Connects;

/// <summary>
/// A freelancer's Connects, the tokens that pay for proposals (key: the freelancer's id). The balance starts at
/// <see cref="StartingBalance"/> on first use and never goes negative. One spend per job: spending again for the same
/// job answers the first receipt and charges nothing; a refund gives that spend back once.
/// </summary>
public interface IConnectsGrain : IGrainWithStringKey
{
    /// <summary>The Connects every freelancer starts with (Upwork's largest starter bundle: 80).</summary>
    const int StartingBalance = 80;

    /// <summary>The current balance.</summary>
    [ReadOnly]
    Task<int> BalanceAsync();

    /// <summary>
    /// Spends <paramref name="connects"/> (1 or more) for a proposal on <paramref name="jobId"/>. Refused with
    /// <see cref="ErrorCodes.InsufficientConnects"/> (nothing spent) when the balance is lower. A second spend for
    /// the same job answers the first receipt, whatever its amount, and charges nothing.
    /// </summary>
    Task<ConnectsReceipt> SpendAsync(string jobId, int connects);

    /// <summary>Gives back what was spent for <paramref name="jobId"/>: once; null (and nothing changes) when nothing was spent or it was refunded already.</summary>
    Task<ConnectsReceipt?> RefundAsync(string jobId);

    /// <summary>Every movement of the balance, newest first: the starting grant, spends and refunds.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ConnectsEntry>> HistoryAsync();
}
