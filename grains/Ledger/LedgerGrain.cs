using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Ledger;

namespace Marketplace.Grains.Ledger;

/// <summary>
/// The ledger (one activation, key <see cref="ILedgerGrain.Key"/>): double-entry balances in cents. A transfer is
/// validated whole, then every leg is applied in order on a scratch copy of the touched balances; if any
/// marketplace account would go below zero nothing moves. Balances, the transfer's idempotency record, the
/// entries and the <see cref="TransferCompleted"/> event are stored by one write (one database transaction).
/// </summary>
public sealed class LedgerGrain([PersistentState("ledger")] IPersistentState<LedgerState> state, TimeProvider clock) : Grain, ILedgerGrain
{
    /// <summary>The most legs one transfer may have.</summary>
    public const int MaxLegs = 10;

    /// <summary>The longest transfer key.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The longest reason.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The largest amount of one leg: a trillion cents, far from any overflow of the balances.</summary>
    public const long MaxAmountCents = 1_000_000_000_000_000;

    /// <summary>The most entries one page of <see cref="EntriesAsync"/> asks for.</summary>
    public const int MaxPage = 200;

    private LedgerState Ledger => state.State;

    public async Task<TransferReceipt> TransferAsync(TransferRequest transfer)
    {
        Validate(transfer);
        if (Ledger.Transfers.TryGetValue(transfer.Key, out var earlier))
        {
            if (!earlier.Legs.SequenceEqual(transfer.Legs))
            {
                throw new DomainException(ErrorCodes.IdempotencyConflict,
                    $"Transfer key \"{transfer.Key}\" was used for another transfer (sequence {earlier.Sequence}).", "key");
            }

            return new TransferReceipt(earlier.Key, earlier.Sequence, earlier.At, Repeated: true);
        }

        var after = BalancesAfter(transfer.Legs);
        var sequence = Ledger.LastSequence + 1;
        var at = clock.GetUtcNow();

        Ledger.LastSequence = sequence;
        Ledger.Transfers[transfer.Key] = new StoredTransfer { Key = transfer.Key, Sequence = sequence, At = at, Legs = [.. transfer.Legs], Reason = transfer.Reason };
        var running = new Dictionary<string, long>();
        foreach (var leg in transfer.Legs)
        {
            AddEntry(leg.From, leg.To, -leg.AmountCents);
            AddEntry(leg.To, leg.From, leg.AmountCents);
        }

        foreach (var (account, balance) in after)
        {
            Ledger.Balances[account] = balance;
        }

        state.RecordEvent(new StreamId(LedgerStreams.Namespace, ILedgerGrain.Key),
            new TransferCompleted(transfer.Key, sequence, [.. transfer.Legs], transfer.Reason, at));
        await WriteAsync();
        return new TransferReceipt(transfer.Key, sequence, at, Repeated: false);

        void AddEntry(LedgerAccount account, LedgerAccount counterparty, long amount)
        {
            var name = account.ToString();
            var balance = (running.TryGetValue(name, out var current) ? current : Balance(account)) + amount;
            running[name] = balance;
            if (!Ledger.Entries.TryGetValue(name, out var entries))
            {
                Ledger.Entries[name] = entries = [];
            }

            entries.Add(new LedgerEntry(sequence, transfer.Key, account, counterparty, amount, balance, transfer.Reason, at));
        }
    }

    public Task<long> BalanceAsync(LedgerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Task.FromResult(Balance(account));
    }

    public Task<IReadOnlyList<long>> BalancesAsync(IReadOnlyList<LedgerAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return Task.FromResult<IReadOnlyList<long>>([.. accounts.Select(Balance)]);
    }

    public Task<long> TotalAsync() => Task.FromResult(Ledger.Balances.Values.Sum());

    /// <summary>
    /// The entries of <paramref name="account"/>, newest first. A page never splits a transfer: when the last
    /// transfer on the page has several legs on the account, all its entries are on the page (at most
    /// <see cref="MaxLegs"/> - 1 more than <paramref name="first"/>), so the next page starts before its sequence.
    /// </summary>
    /// <param name="account">Whose entries.</param>
    /// <param name="first">How many entries, 1 to <see cref="MaxPage"/>.</param>
    /// <param name="beforeSequence">Only entries of transfers with a smaller sequence; null for the newest.</param>
    public Task<IReadOnlyList<LedgerEntry>> EntriesAsync(LedgerAccount account, int first, long? beforeSequence)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (first is < 1 or > MaxPage)
        {
            throw DomainException.InvalidInput("first", $"first must be between 1 and {MaxPage}.");
        }

        if (!Ledger.Entries.TryGetValue(account.ToString(), out var entries))
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>([]);
        }

        var page = new List<LedgerEntry>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (beforeSequence is { } before && entry.Sequence >= before)
            {
                continue;
            }

            if (page.Count >= first && entry.Sequence != page[^1].Sequence)
            {
                break;
            }

            page.Add(entry);
        }

        return Task.FromResult<IReadOnlyList<LedgerEntry>>(page);
    }

    private long Balance(LedgerAccount account) => Ledger.Balances.TryGetValue(account.ToString(), out var balance) ? balance : 0;

    /// <summary>The new balances of the accounts <paramref name="legs"/> touch, applying the legs in order; refuses a negative one.</summary>
    private Dictionary<string, long> BalancesAfter(IReadOnlyList<TransferLeg> legs)
    {
        var after = new Dictionary<string, long>();
        foreach (var leg in legs)
        {
            var from = leg.From.ToString();
            var balance = (after.TryGetValue(from, out var current) ? current : Balance(leg.From)) - leg.AmountCents;
            if (balance < 0 && leg.From.Kind != LedgerAccountKind.PaymentNetwork)
            {
                throw new DomainException(ErrorCodes.InsufficientFunds,
                    $"Account {leg.From} holds {Cents(balance + leg.AmountCents)}, less than the {Cents(leg.AmountCents)} to move.");
            }

            after[from] = balance;
            var to = leg.To.ToString();
            after[to] = checked((after.TryGetValue(to, out var arriving) ? arriving : Balance(leg.To)) + leg.AmountCents);
        }

        return after;
    }

    private static string Cents(long cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static void Validate(TransferRequest transfer)
    {
        if (transfer is null)
        {
            throw DomainException.InvalidInput("transfer", "A transfer is required.");
        }

        if (string.IsNullOrWhiteSpace(transfer.Key) || transfer.Key.Length > MaxKeyLength)
        {
            throw DomainException.InvalidInput("key", $"A transfer key has 1 to {MaxKeyLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(transfer.Reason) || transfer.Reason.Length > MaxReasonLength)
        {
            throw DomainException.InvalidInput("reason", $"A transfer's reason has 1 to {MaxReasonLength} characters.");
        }

        if (transfer.Legs is null || transfer.Legs.Count is < 1 or > MaxLegs)
        {
            throw DomainException.InvalidInput("legs", $"A transfer has 1 to {MaxLegs} legs.");
        }

        foreach (var leg in transfer.Legs)
        {
            if (leg is null || !Valid(leg.From) || !Valid(leg.To))
            {
                throw DomainException.InvalidInput("legs", "Every leg names two accounts, each with a known kind and an owner.");
            }

            if (leg.AmountCents is <= 0 or > MaxAmountCents)
            {
                throw DomainException.InvalidInput("amountCents", $"Every leg moves a positive amount of at most {MaxAmountCents} cents.");
            }

            if (leg.From == leg.To)
            {
                throw DomainException.InvalidInput("legs", $"A leg moves money between two accounts, not from {leg.From} to itself.");
            }
        }
    }

    private static bool Valid(LedgerAccount? account) =>
        account is not null && Enum.IsDefined(account.Kind) && !string.IsNullOrWhiteSpace(account.Owner) && account.Owner.Length <= MaxKeyLength;

    /// <summary>Stores the state; when that fails the activation ends, so the next call reads the stored state again.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
