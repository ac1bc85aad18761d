using System.Buffers;
using System.Globalization;
using System.Text;
using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Ledger;

namespace Marketplace.Grains.Ledger;

/// <summary>
/// The ledger (one activation, key <see cref="ILedgerGrain.Key"/>): double-entry balances in cents. A transfer is
/// validated whole, then every leg is applied in order on a scratch copy of the touched balances; if any
/// marketplace account would go below zero nothing moves. The marketplace's whole money history lives here, so it is
/// kept as state entries: a transfer writes its own idempotency record, the balances it touched, its postings and
/// the <see cref="TransferCompleted"/> event, in one write (one database transaction), and nothing else.
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

    /// <summary>Account (<see cref="LedgerAccount.ToString"/>) → its postings, oldest first; rebuilt from the postings on activation.</summary>
    private readonly Dictionary<string, List<LedgerEntry>> _history = new(StringComparer.Ordinal);

    private LedgerState Ledger => state.State;

    /// <summary>Every transfer that moved, by its key: its idempotency record.</summary>
    private IStateEntries<StoredTransfer> Transfers => state.Entries<StoredTransfer>("transfers");

    /// <summary>Balances in cents by account (<see cref="LedgerAccount.ToString"/>); an account that never moved is absent.</summary>
    private IStateEntries<long> Balances => state.Entries<long>("balances");

    /// <summary>
    /// Every posting in sequence order, two per leg (the debit, then the credit), keyed by the transfer's sequence
    /// and the posting's number in it (see <see cref="PostingKey"/>); an account's history is read from
    /// <see cref="_history"/>.
    /// </summary>
    private IStateEntries<LedgerEntry> Postings => state.Entries<LedgerEntry>("postings");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var posting in Postings)
        {
            HistoryOf(posting.Account).Add(posting);
        }

        return Task.CompletedTask;
    }

    public async Task<TransferReceipt> TransferAsync(TransferRequest transfer)
    {
        Validate(transfer);
        if (Transfers.TryGet(transfer.Key, out var earlier))
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

        Transfers.Set(transfer.Key, new StoredTransfer { Key = transfer.Key, Sequence = sequence, At = at, Legs = [.. transfer.Legs], Reason = transfer.Reason });
        Ledger.LastSequence = sequence;
        var running = new Dictionary<string, long>();
        var postings = 0;
        foreach (var leg in transfer.Legs)
        {
            AddEntry(leg.From, leg.To, -leg.AmountCents);
            AddEntry(leg.To, leg.From, leg.AmountCents);
        }

        foreach (var (account, balance) in after)
        {
            Balances.Set(account, balance);
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
            var posting = new LedgerEntry(sequence, transfer.Key, account, counterparty, amount, balance, transfer.Reason, at);
            Postings.Set(PostingKey(sequence, postings++), posting);
            HistoryOf(account).Add(posting);
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

    public Task<long> TotalAsync() => Task.FromResult(Balances.Sum());

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

        if (!_history.TryGetValue(account.ToString(), out var entries))
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>([]);
        }

        var page = new List<LedgerEntry>();
        for (var i = CountBefore(entries, beforeSequence ?? long.MaxValue) - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (page.Count >= first && entry.Sequence != page[^1].Sequence)
            {
                break;
            }

            page.Add(entry);
        }

        return Task.FromResult<IReadOnlyList<LedgerEntry>>(page);
    }

    private long Balance(LedgerAccount account) => Balances.TryGet(account.ToString(), out var balance) ? balance : 0;

    /// <summary>The postings of <paramref name="account"/> in <see cref="_history"/>, added empty when it has none yet.</summary>
    private List<LedgerEntry> HistoryOf(LedgerAccount account)
    {
        var name = account.ToString();
        if (!_history.TryGetValue(name, out var history))
        {
            _history[name] = history = [];
        }

        return history;
    }

    /// <summary>How many of <paramref name="history"/>'s postings (in sequence order) belong to transfers before <paramref name="sequence"/>.</summary>
    private static int CountBefore(List<LedgerEntry> history, long sequence)
    {
        var (low, high) = (0, history.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = history[middle].Sequence < sequence ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The key of a transfer's posting: its sequence and the posting's number in it (0 and 1 for the first leg).</summary>
    private static string PostingKey(long sequence, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence}/{number}");

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

    private static string Cents(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void Validate(TransferRequest transfer)
    {
        if (transfer is null)
        {
            throw DomainException.InvalidInput("transfer", "A transfer is required.");
        }

        if (string.IsNullOrWhiteSpace(transfer.Key) || transfer.Key.Length > MaxKeyLength || !IsStorableKey(transfer.Key))
        {
            throw DomainException.InvalidInput("key", $"A transfer key has 1 to {MaxKeyLength} characters, none of them U+0000 or half a surrogate pair.");
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
        account is not null && Enum.IsDefined(account.Kind) && !string.IsNullOrWhiteSpace(account.Owner) && account.Owner.Length <= MaxKeyLength
        && IsStorableKey(account.Owner);

    /// <summary>
    /// Whether <paramref name="text"/> can be part of an entry key (transfer keys and account names are): storage
    /// refuses U+0000 and unpaired surrogates, and refusing them here keeps a bad request from touching the state.
    /// </summary>
    private static bool IsStorableKey(string text)
    {
        for (var rest = text.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || rune.Value == 0)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

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
