using Marketplace.Contracts;
using Marketplace.Grains.Tests.Ledger;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Contracts;

public sealed class ContractPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task The_contract_and_its_escrow_survive_a_restart_and_a_due_auto_release_fires_after_it()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MoneyCluster.StartOnPostgresAsync(database, clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(100_000, 30_000, 20_000);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-1");
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2");
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Done");
        var before = await s.Contract.GetAsync(s.ClientId);

        await cluster.RestartAsync();

        Assert.Equal(before, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        Assert.Equal((50_000L, 50_000L, 0L, 0L), await s.BalancesAsync());
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2"); // the retry after the restart moves nothing
        Assert.Equal(50_000, await s.Ledger.BalanceAsync(s.Escrow));

        clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var released = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.FreelancerId), v => v.Milestones[0].Status == MilestoneStatus.Released);

        Assert.Equal(MilestoneStatus.Funded, released.Milestones[1].Status);
        Assert.Equal((50_000L, 20_000L, 27_000L, 3_000L), await s.BalancesAsync());
        Assert.Equal(0, await s.Ledger.TotalAsync());
        await cluster.RestartAsync();
        Assert.Equal(released, await s.Contract.GetAsync(s.FreelancerId), ViewComparer.Instance);
    }

    [Fact]
    public async Task An_hourly_contract_s_time_and_paid_invoice_survive_a_restart_and_the_next_week_is_invoiced_after_it()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MoneyCluster.StartOnPostgresAsync(database, clock);
        var s = new ContractScenario(cluster);
        await s.DepositAsync(100_000);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Hourly(rateCents: 6_000, weeklyLimitHours: 10));
        await s.Contract.AcceptOfferAsync(s.FreelancerId);
        await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 60, "Setup");
        await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 30, "Review");
        clock.Advance(new DateTimeOffset(2026, 3, 9, 0, 1, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.ClientId), v => v.Invoices.Count == 1);
        await s.Contract.ApproveInvoiceAsync(s.ClientId, "2026-W10");
        var before = await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-09", 45, "Next week");

        await cluster.RestartAsync();

        Assert.Equal(before, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        Assert.Equal((InvoiceStatus.Paid, 9_000L), (before.Invoices[0].Status, before.Invoices[0].AmountCents));
        var logged = await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-09", 15, "More");
        Assert.Equal([("Next week", 45), ("More", 15)], logged.TimeThisWeek.Select(t => (t.Memo, t.Minutes)));

        clock.Advance(TimeSpan.FromDays(7));
        var invoiced = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.ClientId), v => v.Invoices.Count == 2);
        Assert.Equal([("2026-W10", 90, InvoiceStatus.Paid), ("2026-W11", 60, InvoiceStatus.Open)],
            invoiced.Invoices.Select(i => (i.Week, i.Minutes, i.Status)));
    }
}
