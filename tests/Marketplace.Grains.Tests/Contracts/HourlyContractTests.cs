using Marketplace.Contracts;
using Marketplace.Grains.Tests.Ledger;
using Testing;

namespace Marketplace.Grains.Tests.Contracts;

/// <summary>An hourly week: the clock starts on Monday 2026-03-02 09:00 UTC (ISO week 2026-W10).</summary>
public sealed class HourlyContractTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Time_is_logged_within_the_weekly_limit_invoiced_on_Monday_and_paid_on_Friday_to_the_cent()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.DepositAsync(100_000);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Hourly(rateCents: 3_333, weeklyLimitHours: 8));
        await s.Contract.AcceptOfferAsync(s.FreelancerId);

        await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 300, "Triage");
        _clock.Advance(TimeSpan.FromDays(2));
        var logged = await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-04", 127, "Fixes");
        Assert.Equal((427, 2), (logged.MinutesThisWeek, logged.TimeThisWeek.Count));

        (string Date, int Minutes, string Code, string Field)[] refused =
        [
            ("2026-03-04", 54, ErrorCodes.InvalidInput, "minutes"), // 427 + 54 > 8 h
            ("2026-03-05", 10, ErrorCodes.InvalidInput, "date"), // tomorrow
            ("2026-03-01", 10, ErrorCodes.InvalidInput, "date"), // before the contract started
            ("04/03/2026", 10, ErrorCodes.InvalidInput, "date"),
            ("2026-03-04", 0, ErrorCodes.InvalidInput, "minutes"),
        ];
        foreach (var (date, minutes, code, field) in refused)
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => s.Contract.LogTimeAsync(s.FreelancerId, date, minutes, "More"));
            Assert.Equal((code, field), (error.Code, error.Field));
        }

        var longMemo = await Assert.ThrowsAsync<DomainException>(() => s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-04", 10, new string('m', 501)));
        Assert.Equal((ErrorCodes.InvalidInput, "memo"), (longMemo.Code, longMemo.Field));
        Assert.Equal(ErrorCodes.Forbidden, await ContractScenario.RefusedAsync(() => s.Contract.LogTimeAsync(s.ClientId, "2026-03-04", 10, "Me")));
        Assert.Equal(logged, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        var withoutMemo = await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-04", 52, ""); // a memo is optional
        Assert.Equal(("2026-03-04", 52, ""), (withoutMemo.TimeThisWeek[^1].Date, withoutMemo.TimeThisWeek[^1].Minutes, withoutMemo.TimeThisWeek[^1].Memo));
        await s.Contract.PauseAsync(s.ClientId);
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-04", 1, "Paused")));
        await s.Contract.ResumeAsync(s.ClientId);

        // Monday 2026-03-09 00:00 UTC: the invoice of 2026-W10; 479 min × $33.33/h = $266.0845, rounded down.
        _clock.Advance(new DateTimeOffset(2026, 3, 9, 0, 1, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        var invoiced = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.FreelancerId), v => v.Invoices.Count == 1);
        var invoice = Assert.Single(invoiced.Invoices);
        Assert.Equal(new InvoiceView("2026-W10", "2026-03-02", 479, 26_608, InvoiceStatus.Open, new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.Zero), null), invoice with { IssuedAt = new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero) });
        Assert.Equal(0, invoiced.MinutesThisWeek);
        Assert.Equal(100_000, await s.Ledger.BalanceAsync(s.Wallet));

        // Friday 2026-03-13 00:00 UTC: no client action, paid automatically: $26.60 fee, $239.48 to the freelancer.
        _clock.Advance(TimeSpan.FromDays(4) - TimeSpan.FromMinutes(2));
        Assert.Equal(InvoiceStatus.Open, (await s.Contract.GetAsync(s.ClientId)).Invoices[0].Status);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var paid = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.ClientId), v => v.Invoices[0].Status == InvoiceStatus.Paid);

        Assert.Equal((73_392L, 0L, 23_948L, 2_660L), await s.BalancesAsync());
        Assert.Equal((26_608L, 23_948L, 2_660L), (paid.PaidCents, paid.FreelancerEarnedCents, paid.FeesCents));
        Assert.Equal(0, await s.Ledger.TotalAsync());
    }

    [Fact]
    public async Task The_client_may_pay_before_Friday_and_an_empty_wallet_makes_the_invoice_overdue_without_a_partial_payment()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var early = new ContractScenario(cluster);
        await early.DepositAsync(10_000);
        var broke = new ContractScenario(cluster);
        await broke.DepositAsync(1_000);
        foreach (var s in new[] { early, broke })
        {
            await s.Contract.CreateOfferAsync(s.ClientId, s.Hourly(rateCents: 6_000, weeklyLimitHours: 10));
            await s.Contract.AcceptOfferAsync(s.FreelancerId);
            await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 61, "Work"); // $61.00
        }

        _clock.Advance(new DateTimeOffset(2026, 3, 9, 0, 1, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        await MoneyCluster.WaitUntil(() => early.Contract.GetAsync(early.ClientId), v => v.Invoices.Count == 1);
        await MoneyCluster.WaitUntil(() => broke.Contract.GetAsync(broke.ClientId), v => v.Invoices.Count == 1);
        Assert.Equal(ErrorCodes.Forbidden, await ContractScenario.RefusedAsync(() => early.Contract.ApproveInvoiceAsync(early.FreelancerId, "2026-W10")));
        Assert.Equal(ErrorCodes.NotFound, await ContractScenario.RefusedAsync(() => early.Contract.ApproveInvoiceAsync(early.ClientId, "2026-W09")));

        _clock.Advance(TimeSpan.FromDays(1));
        var approved = await early.Contract.ApproveInvoiceAsync(early.ClientId, "2026-W10");
        Assert.Equal(InvoiceStatus.Paid, approved.Invoices[0].Status);
        Assert.Equal((3_900L, 0L, 5_490L), (await early.BalancesAsync()) is var b ? (b.Wallet, b.Escrow, b.Freelancer) : default);
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => early.Contract.ApproveInvoiceAsync(early.ClientId, "2026-W10")));

        _clock.Advance(TimeSpan.FromDays(3));
        var overdue = await MoneyCluster.WaitUntil(() => broke.Contract.GetAsync(broke.ClientId), v => v.Invoices[0].Status == InvoiceStatus.Overdue);
        Assert.Equal(0, overdue.PaidCents);
        Assert.Equal((1_000L, 0L), (await broke.Ledger.BalanceAsync(broke.Wallet), await broke.Ledger.BalanceAsync(broke.Earnings)));
        Assert.Equal(ErrorCodes.InsufficientFunds, await ContractScenario.RefusedAsync(() => broke.Contract.ApproveInvoiceAsync(broke.ClientId, "2026-W10")));
        Assert.Equal(InvoiceStatus.Overdue, (await broke.Contract.GetAsync(broke.ClientId)).Invoices[0].Status);
        Assert.Equal(3_900, await early.Ledger.BalanceAsync(early.Wallet)); // Friday did not pay the approved invoice again

        await broke.DepositAsync(5_100);
        var settled = await broke.Contract.ApproveInvoiceAsync(broke.ClientId, "2026-W10");
        Assert.Equal((InvoiceStatus.Paid, 6_100L), (settled.Invoices[0].Status, settled.PaidCents));
        Assert.Equal((0L, 5_490L), (await broke.Ledger.BalanceAsync(broke.Wallet), await broke.Ledger.BalanceAsync(broke.Earnings)));
    }

    [Fact]
    public async Task Ending_an_hourly_contract_invoices_the_time_not_yet_invoiced()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.DepositAsync(10_000);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Hourly(rateCents: 300, weeklyLimitHours: 1));
        await s.Contract.AcceptOfferAsync(s.FreelancerId);
        await s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 59, "Setup"); // 59 min at $3/h = $2.95

        var ended = await s.Contract.EndAsync(s.FreelancerId);

        Assert.Equal(ContractStatus.Ended, ended.Status);
        Assert.Equal(("2026-W10", 295L, InvoiceStatus.Open), (ended.Invoices[0].Week, ended.Invoices[0].AmountCents, ended.Invoices[0].Status));
        _clock.Advance(new DateTimeOffset(2026, 3, 13, 0, 1, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.ClientId), v => v.Invoices[0].Status == InvoiceStatus.Paid);
        Assert.Equal((9_705L, 0L, 266L, 29L), await s.BalancesAsync());
        Assert.Single((await s.Contract.GetAsync(s.ClientId)).Invoices);
    }
}
