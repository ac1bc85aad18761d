using System.Globalization;
using Actors.Runtime;
using Actors.Runtime.Persistence;
using Marketplace.Connects;

namespace Marketplace.Grains.Connects;

/// <summary>
/// A freelancer's Connects balance; see <see cref="IConnectsGrain"/>. Each command is one write, of the balance and
/// the spend and movements it changed (each an entry of its own), not of every bid before it.
/// </summary>
public sealed class ConnectsGrain([PersistentState("connects")] IPersistentState<ConnectsState> state, TimeProvider clock) : Grain, IConnectsGrain
{
    private ConnectsState S => state.State;

    /// <summary>The spend of each job, by job id: its receipt, and whether it was refunded.</summary>
    private IStateEntries<JobSpend> Spends => state.Entries<JobSpend>("spends");

    /// <summary>The movements, oldest first, keyed by their number (1 for the grant).</summary>
    private IStateEntries<ConnectsEntry> History => state.Entries<ConnectsEntry>("history");

    public Task<int> BalanceAsync() => Task.FromResult(S.Granted ? S.Balance : IConnectsGrain.StartingBalance);

    public async Task<ConnectsReceipt> SpendAsync(string jobId, int connects)
    {
        RequireJobId(jobId);
        if (Spends.TryGet(jobId, out var earlier))
        {
            return earlier.Receipt;
        }

        if (connects < 1)
        {
            throw DomainException.InvalidInput("connects", "A proposal costs 1 Connect or more.");
        }

        var balance = S.Granted ? S.Balance : IConnectsGrain.StartingBalance;
        if (balance < connects)
        {
            throw new DomainException(ErrorCodes.InsufficientConnects, $"The proposal costs {connects} Connects; the balance is {balance}.");
        }

        var now = clock.GetUtcNow();
        GrantOnFirstUse(now);
        S.Balance -= connects;
        var receipt = new ConnectsReceipt(jobId, connects, S.Balance, now);
        Spends.Set(jobId, new JobSpend { Receipt = receipt });
        AddToHistory(new ConnectsEntry(ConnectsReason.Spent, jobId, -connects, S.Balance, now));
        await WriteAsync();
        return receipt;
    }

    public async Task<ConnectsReceipt?> RefundAsync(string jobId)
    {
        RequireJobId(jobId);
        if (!Spends.TryGet(jobId, out var spend) || spend.Refund is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        S.Balance += spend.Receipt.Connects;
        spend.Refund = new ConnectsReceipt(jobId, spend.Receipt.Connects, S.Balance, now);
        Spends.Set(jobId, spend);
        AddToHistory(new ConnectsEntry(ConnectsReason.Refunded, jobId, spend.Receipt.Connects, S.Balance, now));
        await WriteAsync();
        return spend.Refund;
    }

    public Task<IReadOnlyList<ConnectsEntry>> HistoryAsync() =>
        Task.FromResult<IReadOnlyList<ConnectsEntry>>(S.Granted
            ? [.. History.Reverse()]
            : []);

    private void GrantOnFirstUse(DateTimeOffset now)
    {
        if (!S.Granted)
        {
            S.Granted = true;
            S.Balance = IConnectsGrain.StartingBalance;
            AddToHistory(new ConnectsEntry(ConnectsReason.Granted, null, IConnectsGrain.StartingBalance, S.Balance, now));
        }
    }

    /// <summary>Appends a movement; movements are never removed, so the next number is the count plus one.</summary>
    private void AddToHistory(ConnectsEntry movement) =>
        History.Set((History.Count + 1).ToString(CultureInfo.InvariantCulture), movement);

    /// <summary>Stores the state; when that fails the activation ends, so the next call starts from the stored state.</summary>
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

    private static void RequireJobId(string jobId)
    {
        if (string.IsNullOrWhiteSpace(jobId))
        {
            throw DomainException.InvalidInput("jobId", "A job id is required.");
        }
    }
}
