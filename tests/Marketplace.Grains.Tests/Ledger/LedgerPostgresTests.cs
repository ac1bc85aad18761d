using Marketplace.Ledger;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Ledger;

public sealed class LedgerPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Balances_entries_and_idempotency_survive_a_restart()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MoneyCluster.StartOnPostgresAsync(database, clock);
        var client = LedgerAccount.ClientWallet("client-1");
        var escrow = LedgerAccount.Escrow("contract-1");
        var deposit = new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, client, 100_000)], "Deposit");
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var first = await ledger.TransferAsync(deposit);
        await ledger.TransferAsync(new TransferRequest("fund", [new(client, escrow, 30_000)], "Fund"));
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            ledger.TransferAsync(new TransferRequest("overdraw", [new(client, escrow, 70_001)], "Fund")));
        Assert.Equal(ErrorCodes.InsufficientFunds, refused.Code);

        await cluster.RestartAsync();
        ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);

        Assert.Equal([70_000L, 30_000, -100_000], await ledger.BalancesAsync([client, escrow, LedgerAccount.PaymentNetwork]));
        Assert.Equal(0, await ledger.TotalAsync());
        Assert.Equal(first with { Repeated = true }, await ledger.TransferAsync(deposit));
        Assert.Equal(ErrorCodes.IdempotencyConflict, (await Assert.ThrowsAsync<DomainException>(() =>
            ledger.TransferAsync(new TransferRequest("fund", [new(client, escrow, 1)], "Fund")))).Code);
        Assert.Equal(["fund", "deposit"], (await ledger.EntriesAsync(client, 10, null)).Select(e => e.TransferKey));
        var next = await ledger.TransferAsync(new TransferRequest("overdraw", [new(client, escrow, 70_000)], "Fund"));
        Assert.Equal(3, next.Sequence);
        Assert.Equal(0, await ledger.BalanceAsync(client));
    }
}
