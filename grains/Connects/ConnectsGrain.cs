using Actors.Runtime;
using Actors.Runtime.Persistence;
using Marketplace.Connects;

namespace Marketplace.Grains.Connects;

/// <summary>A freelancer's Connects balance; see <see cref="IConnectsGrain"/>. Each command is one write.</summary>
public sealed class ConnectsGrain([PersistentState("connects")] IPersistentState<ConnectsState> state, TimeProvider clock) : Grain, IConnectsGrain
{
    private ConnectsState S => state.State;

    public Task<int> BalanceAsync() => Task.FromResult(S.Granted ? S.Balance : IConnectsGrain.StartingBalance);

    public async Task<ConnectsReceipt> SpendAsync(string jobId, int connects)
    {
        RequireJobId(jobId);
        if (S.Spends.TryGetValue(jobId, out var earlier))
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
        S.Spends[jobId] = new JobSpend { Receipt = receipt };
        S.History.Add(new ConnectsEntry(ConnectsReason.Spent, jobId, -connects, S.Balance, now));
        await WriteAsync();
        return receipt;
    }

    public async Task<ConnectsReceipt?> RefundAsync(string jobId)
    {
        RequireJobId(jobId);
        if (!S.Spends.TryGetValue(jobId, out var spend) || spend.Refund is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        S.Balance += spend.Receipt.Connects;
        spend.Refund = new ConnectsReceipt(jobId, spend.Receipt.Connects, S.Balance, now);
        S.History.Add(new ConnectsEntry(ConnectsReason.Refunded, jobId, spend.Receipt.Connects, S.Balance, now));
        await WriteAsync();
        return spend.Refund;
    }

    public Task<IReadOnlyList<ConnectsEntry>> HistoryAsync() =>
        Task.FromResult<IReadOnlyList<ConnectsEntry>>(S.Granted
            ? [.. Enumerable.Reverse(S.History)]
            : []);

    private void GrantOnFirstUse(DateTimeOffset now)
    {
        if (!S.Granted)
        {
            S.Granted = true;
            S.Balance = IConnectsGrain.StartingBalance;
            S.History.Add(new ConnectsEntry(ConnectsReason.Granted, null, IConnectsGrain.StartingBalance, S.Balance, now));
        }
    }

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
