using Actors.Runtime;

namespace Marketplace.Ledger;

/// <summary>
/// The ledger (key <see cref="Key"/>): double-entry accounts in integer minor units (cents). Money moves only
/// by <see cref="TransferAsync"/>: every leg of a transfer moves at once or none does, balances of marketplace
/// accounts never go negative, and the sum over all accounts (the outside world's included) is always zero.
/// A transfer is idempotent by its key: repeated with the same legs it answers the first receipt and moves
/// nothing; repeated with other legs it is refused with <see cref="ErrorCodes.IdempotencyConflict"/>.
/// </summary>
public interface ILedgerGrain : IGrainWithStringKey
{
    const string Key = "main";

    /// <summary>Moves every leg of <paramref name="transfer"/> in one atomic step (one database transaction on PostgreSQL).</summary>
    Task<TransferReceipt> TransferAsync(TransferRequest transfer);

    /// <summary>The balance of <paramref name="account"/> in cents (0 for an account that never moved).</summary>
    Task<long> BalanceAsync(LedgerAccount account);

    /// <summary>The balances of <paramref name="accounts"/>, in the same order.</summary>
    Task<IReadOnlyList<long>> BalancesAsync(IReadOnlyList<LedgerAccount> accounts);

    /// <summary>The sum over every account; zero, always.</summary>
    Task<long> TotalAsync();

    /// <summary>The entries of <paramref name="account"/>, newest first, <paramref name="first"/> at most, before <paramref name="beforeSequence"/> when given.</summary>
    Task<IReadOnlyList<LedgerEntry>> EntriesAsync(LedgerAccount account, int first, long? beforeSequence);
}
