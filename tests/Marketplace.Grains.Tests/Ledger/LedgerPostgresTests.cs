using Marketplace.Grains.Tests.Accounts;
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

    [Fact]
    public async Task History_pages_and_idempotency_survive_a_restart_and_each_transfer_is_stored_as_entries_beside_a_small_state()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MoneyCluster.StartOnPostgresAsync(database, clock);
        var client = LedgerAccount.ClientWallet("client-1");
        var escrow = LedgerAccount.Escrow("contract-1");
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var fundTwice = new TransferRequest("f", [new(client, escrow, 500), new(client, escrow, 700)], "Fund twice");
        await ledger.TransferAsync(new TransferRequest("d1", [new(LedgerAccount.PaymentNetwork, client, 1_000)], "Deposit"));
        await ledger.TransferAsync(new TransferRequest("d2", [new(LedgerAccount.PaymentNetwork, client, 2_000)], "Deposit"));
        var funded = await ledger.TransferAsync(fundTwice);
        await ledger.TransferAsync(new TransferRequest("d3", [new(LedgerAccount.PaymentNetwork, client, 3_000)], "Deposit"));
        var first = await ledger.EntriesAsync(client, 2, null);
        var second = await ledger.EntriesAsync(client, 2, first[^1].Sequence);

        var stored = await StoredRecords.ReadAsync(cluster, "ledger", ILedgerGrain.Key, "ledger");
        Assert.NotNull(stored);
        Assert.DoesNotContain("Deposit", System.Text.Encoding.UTF8.GetString(stored.Payload.Span), StringComparison.Ordinal);
        Assert.Equal([("balances", 3), ("postings", 10), ("transfers", 4)],
            stored.Entries.GroupBy(e => e.Name).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));

        await cluster.RestartAsync();
        ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);

        Assert.Equal(["d3", "f", "f"], first.Select(e => e.TransferKey));
        Assert.Equal(first, await ledger.EntriesAsync(client, 2, null));
        Assert.Equal(second, await ledger.EntriesAsync(client, 2, first[^1].Sequence));
        Assert.Equal(["f", "f"], (await ledger.EntriesAsync(escrow, 10, null)).Select(e => e.TransferKey));
        Assert.Equal(funded with { Repeated = true }, await ledger.TransferAsync(fundTwice));
        Assert.Equal(ErrorCodes.IdempotencyConflict, (await Assert.ThrowsAsync<DomainException>(() =>
            ledger.TransferAsync(fundTwice with { Legs = [new(client, escrow, 1_200)] }))).Code);
        var refund = await ledger.TransferAsync(new TransferRequest("r", [new(escrow, client, 1_200)], "Refund"));
        Assert.Equal(5, refund.Sequence);
        Assert.Equal([("r", 6_000L), ("d3", 4_800L)], (await ledger.EntriesAsync(client, 2, null)).Select(e => (e.TransferKey, e.BalanceAfterCents)));
        Assert.Equal([6_000L, 0, -6_000], await ledger.BalancesAsync([client, escrow, LedgerAccount.PaymentNetwork]));
        Assert.Equal(0, await ledger.TotalAsync());
    }
}
