using System.Text.Json;
using System.Threading.Channels;
using Actors.Runtime;
using Marketplace.Api.Tests.Harness;
using Marketplace.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Contracts;

/// <summary>
/// Hourly contracts as the two frontends drive them, over real HTTP and WebSocket against a silo on PostgreSQL. Each
/// test's clock starts on Monday 2026-03-02 09:00 UTC (ISO week 2026-W10) and moves: time is logged within the weekly
/// limit, invoiced on Monday, approved by the client or paid on Friday, with wallets, earnings and the 10% fee exact to
/// the cent; pausing, resuming and ending refuse what their state does not allow and change nothing when they do.
/// </summary>
public sealed class HourlyContractApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset NextMonday = new(2026, 3, 9, 0, 1, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextFriday = new(2026, 3, 13, 0, 1, 0, TimeSpan.Zero);

    private MarketplaceServer _server = null!;

    private ILedgerGrain Ledger => _server.Services.GetRequiredService<IGrainFactory>().GetGrain<ILedgerGrain>(ILedgerGrain.Key);

    // A client watches their notifications over one socket while the clock moves a week; an open socket closes when
    // its token expires, so tokens here outlast the moves.
    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database, tokenLifetime: TimeSpan.FromDays(30));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Time_within_the_weekly_limit_is_invoiced_on_Monday_and_the_clients_approval_pays_it_to_the_cent()
    {
        var feesBefore = await Ledger.BalanceAsync(LedgerAccount.PlatformFees);
        var hire = await _server.HireHourlyAsync("33.33", weeklyLimitHours: 10, deposit: "1000.00");
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 300, "Triage of the open issues"));
        _server.Clock.Advance(TimeSpan.FromDays(2));
        hire = await _server.SignInAgainAsync(hire);
        var logged = ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-04", 250, "Fixed the paging bugs"));
        Assert.Equal(550, logged.GetProperty("minutesThisWeek").GetInt32());
        Assert.Equal(["2026-03-02", "2026-03-04"], logged.GetProperty("timeThisWeek").EnumerateArray().Select(e => e.GetProperty("date").GetString()));

        // 51 more minutes would make 10 h 1 min: refused with the limit and what is left of it, and nothing is logged.
        var overLimit = ContractRequests.Refused(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-04", 51, "Reviews"));
        Assert.Equal("INVALID_INPUT", overLimit.GetProperty("code").GetString());
        Assert.Equal("""["input","minutes"]""", overLimit.GetProperty("field").GetRawText());
        Assert.Equal("The weekly limit is 10 hours: 50 minutes are left this week, not 51.", overLimit.GetProperty("message").GetString());
        Assert.Equal(logged.GetRawText(), (await _server.ContractAsync(hire.Client, hire.ContractId)).GetRawText());
        var full = ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-04", 49, memo: null));
        Assert.Equal(599, full.GetProperty("minutesThisWeek").GetInt32());
        Assert.Equal(("2026-03-04", 49, ""), EntryOf(full.GetProperty("timeThisWeek")[2])); // a memo is optional

        // The client watches their notifications while the clock reaches Monday.
        await using var clientSocket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, hire.Client.Token);
        var notifications = await clientSocket.SubscribeAsync("subscription { notifications { kind title body } }");
        await Task.Delay(500); // the subscription reads the inbox stream from its end
        _server.AdvanceClockTo(NextMonday);
        hire = await _server.SignInAgainAsync(hire);
        var invoiced = await _server.ContractOnceAsync(hire.Client, hire.ContractId, c => c.GetProperty("invoices").GetArrayLength() == 1);

        // 599 min at $33.33/h = $332.7445, rounded down to the cent; reviewed by the client until Friday.
        var invoice = Assert.Single(invoiced.GetProperty("invoices").EnumerateArray());
        Assert.Equal(("2026-W10", "2026-03-02", 599, "332.74", "OPEN", "2026-03-13T00:00:00.000Z", JsonValueKind.Null), InvoiceOf(invoice));
        Assert.Equal((0, 0), (invoiced.GetProperty("minutesThisWeek").GetInt32(), invoiced.GetProperty("timeThisWeek").GetArrayLength()));
        var told = await NextNotificationAsync(notifications, "Weekly invoice");
        Assert.Equal("PAYMENT", told.GetProperty("kind").GetString());
        Assert.Equal("Week 2026-W10: $332.74 for 599 minutes, charged on 2026-03-13 unless you review it first.", told.GetProperty("body").GetString());
        var late = ContractRequests.Refused(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-06", 30, "Forgot Friday"));
        Assert.Equal(("WINDOW_CLOSED", """["input","date"]"""), (late.GetProperty("code").GetString(), late.GetProperty("field").GetRawText()));
        Assert.Equal(("1000", "0"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));

        // Tuesday: the client approves; $33.27 (10%, rounded down) is the platform's, $299.47 the freelancer's.
        _server.Clock.Advance(TimeSpan.FromDays(1));
        hire = await _server.SignInAgainAsync(hire);
        var approved = ContractRequests.Accepted(await _server.ApproveInvoiceAsync(hire.Client, hire.ContractId, "2026-W10"));
        Assert.Equal(("PAID", "2026-03-10T00:01:00.000Z"), (approved.GetProperty("invoices")[0].GetProperty("status").GetString(),
            approved.GetProperty("invoices")[0].GetProperty("paidAt").GetString()));
        Assert.Equal(("332.74", "299.47", "33.27"), MoneyOf(approved));
        Assert.Equal(("667.26", "299.47"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
        Assert.Equal(33_27, await Ledger.BalanceAsync(LedgerAccount.PlatformFees) - feesBefore);

        // Approving again pays nothing again; the freelancer takes her earnings out.
        var again = ContractRequests.Refused(await _server.ApproveInvoiceAsync(hire.Client, hire.ContractId, "2026-W10"));
        Assert.Equal("INVALID_STATE", again.GetProperty("code").GetString());
        var withdrawn = await _server.WithdrawAsync(hire.Freelancer, "299.47", "payout-w10");
        Assert.Equal(("0", "667.26"), (withdrawn.GetProperty("balance").GetString(), await _server.BalanceAsync(hire.Client)));
        Assert.Equal(0, await Ledger.TotalAsync());
    }

    [Fact]
    public async Task A_paused_contract_refuses_time_until_resumed_and_without_client_action_Friday_pays_the_invoice()
    {
        var feesBefore = await Ledger.BalanceAsync(LedgerAccount.PlatformFees);
        var hire = await _server.HireHourlyAsync("45.50", weeklyLimitHours: 20, deposit: "500.00");
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 120, "Kick-off and local setup"));

        var paused = ContractRequests.Accepted(await _server.PauseContractAsync(hire.Client, hire.ContractId));
        Assert.Equal("PAUSED", paused.GetProperty("status").GetString());
        var whilePaused = ContractRequests.Refused(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 30, "Docs"));
        Assert.Equal(("INVALID_STATE", "The contract is paused."), (whilePaused.GetProperty("code").GetString(), whilePaused.GetProperty("message").GetString()));
        Assert.Equal("INVALID_STATE", ContractRequests.Refused(await _server.PauseContractAsync(hire.Client, hire.ContractId)).GetProperty("code").GetString());
        Assert.Equal(paused.GetRawText(), (await _server.ContractAsync(hire.Freelancer, hire.ContractId)).GetRawText());

        var resumed = ContractRequests.Accepted(await _server.ResumeContractAsync(hire.Client, hire.ContractId));
        Assert.Equal("ACTIVE", resumed.GetProperty("status").GetString());
        Assert.Equal("INVALID_STATE", ContractRequests.Refused(await _server.ResumeContractAsync(hire.Client, hire.ContractId)).GetProperty("code").GetString());
        var logged = ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 30, "Docs"));
        Assert.Equal(150, logged.GetProperty("minutesThisWeek").GetInt32());

        // Monday: 150 min at $45.50/h = $113.75. Until Friday 00:00 it waits for the client.
        _server.AdvanceClockTo(NextMonday);
        hire = await _server.SignInAgainAsync(hire);
        var invoiced = await _server.ContractOnceAsync(hire.Freelancer, hire.ContractId, c => c.GetProperty("invoices").GetArrayLength() == 1);
        Assert.Equal(("2026-W10", "2026-03-02", 150, "113.75", "OPEN", "2026-03-13T00:00:00.000Z", JsonValueKind.Null),
            InvoiceOf(invoiced.GetProperty("invoices")[0]));
        _server.AdvanceClockTo(NextFriday - TimeSpan.FromMinutes(2));
        hire = await _server.SignInAgainAsync(hire);
        Assert.Equal("OPEN", (await _server.ContractAsync(hire.Client, hire.ContractId)).GetProperty("invoices")[0].GetProperty("status").GetString());
        Assert.Equal(("500", "0"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));

        // Friday 00:00: paid without the client: $11.37 fee (10% of $113.75, rounded down), $102.38 to the freelancer.
        _server.AdvanceClockTo(NextFriday);
        var paid = await _server.ContractOnceAsync(hire.Client, hire.ContractId, c => c.GetProperty("invoices")[0].GetProperty("status").GetString() == "PAID");
        Assert.Equal("PAID", paid.GetProperty("invoices")[0].GetProperty("status").GetString());
        Assert.Equal(("113.75", "102.38", "11.37"), MoneyOf(paid));
        Assert.Equal(("386.25", "102.38"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
        Assert.Equal(11_37, await Ledger.BalanceAsync(LedgerAccount.PlatformFees) - feesBefore);
        Assert.Equal(0, await Ledger.TotalAsync());
    }

    [Fact]
    public async Task Ending_an_hourly_contract_invoices_the_open_week_and_refuses_every_later_change()
    {
        var hire = await _server.HireHourlyAsync("60.00", weeklyLimitHours: 5, deposit: "100.00");
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 45, "Security audit"));
        _server.AdvanceClockTo(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));
        hire = await _server.SignInAgainAsync(hire);
        await _server.ContractOnceAsync(hire.Client, hire.ContractId, c => c.GetProperty("invoices").GetArrayLength() == 1);
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-09", 30, "Release notes"));

        // The freelancer ends it on Monday of W11: the week's 30 minutes are invoiced at once, beside W10's open invoice.
        var ended = ContractRequests.Accepted(await _server.EndContractAsync(hire.Freelancer, hire.ContractId));
        Assert.Equal(("ENDED", "2026-03-09T09:00:00.000Z"), (ended.GetProperty("status").GetString(), ended.GetProperty("endedAt").GetString()));
        Assert.Equal(
            [("2026-W10", "2026-03-02", 45, "45", "OPEN", "2026-03-13T00:00:00.000Z", JsonValueKind.Null),
             ("2026-W11", "2026-03-09", 30, "30", "OPEN", "2026-03-20T00:00:00.000Z", JsonValueKind.Null)],
            ended.GetProperty("invoices").EnumerateArray().Select(InvoiceOf));

        (string Name, Func<Task<JsonElement>> Attempt)[] afterEnd =
        [
            ("logTime", () => _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-09", 10, "One more thing")),
            ("pauseContract", () => _server.PauseContractAsync(hire.Client, hire.ContractId)),
            ("resumeContract", () => _server.ResumeContractAsync(hire.Client, hire.ContractId)),
            ("endContract by the client", () => _server.EndContractAsync(hire.Client, hire.ContractId)),
            ("endContract by the freelancer", () => _server.EndContractAsync(hire.Freelancer, hire.ContractId)),
        ];
        foreach (var (name, attempt) in afterEnd)
        {
            Assert.True(ContractRequests.Refused(await attempt()).GetProperty("code").GetString() == "INVALID_STATE", $"{name} after the end");
        }

        Assert.Equal(ended.GetRawText(), (await _server.ContractAsync(hire.Client, hire.ContractId)).GetRawText());

        // The client still reviews the invoices: W11 approved now, W10 paid on Friday. $75 in all, $7.50 of it fees.
        var approved = ContractRequests.Accepted(await _server.ApproveInvoiceAsync(hire.Client, hire.ContractId, "2026-W11"));
        Assert.Equal(("30", "27", "3"), MoneyOf(approved));
        _server.AdvanceClockTo(NextFriday);
        hire = await _server.SignInAgainAsync(hire);
        var settled = await _server.ContractOnceAsync(hire.Client, hire.ContractId, c => c.GetProperty("invoices")[0].GetProperty("status").GetString() == "PAID");
        Assert.Equal(["PAID", "PAID"], settled.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Equal(("75", "67.5", "7.5"), MoneyOf(settled));
        Assert.Equal(("25", "67.5"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
        Assert.Equal(0, await Ledger.TotalAsync());
    }

    [Fact]
    public async Task An_invoice_the_wallet_cannot_cover_is_overdue_on_Friday_until_the_client_deposits_and_approves_it()
    {
        var hire = await _server.HireHourlyAsync("50.00", weeklyLimitHours: 10, deposit: "20.00");
        ContractRequests.Accepted(await _server.LogTimeAsync(hire.Freelancer, hire.ContractId, "2026-03-02", 60, "Production hotfix"));

        _server.AdvanceClockTo(NextFriday);
        hire = await _server.SignInAgainAsync(hire);
        var overdue = await _server.ContractOnceAsync(hire.Client, hire.ContractId,
            c => c.GetProperty("invoices").GetArrayLength() == 1 && c.GetProperty("invoices")[0].GetProperty("status").GetString() == "OVERDUE");
        Assert.Equal(("2026-W10", "2026-03-02", 60, "50", "OVERDUE", "2026-03-13T00:00:00.000Z", JsonValueKind.Null),
            InvoiceOf(overdue.GetProperty("invoices")[0]));
        Assert.Equal(("0", "0", "0"), MoneyOf(overdue));
        Assert.Equal(("20", "0"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));

        // Approving with $20 for a $50 invoice pays nothing, not even part of it.
        var shortOfMoney = ContractRequests.Refused(await _server.ApproveInvoiceAsync(hire.Client, hire.ContractId, "2026-W10"));
        Assert.Equal("INSUFFICIENT_FUNDS", shortOfMoney.GetProperty("code").GetString());
        Assert.Equal(overdue.GetRawText(), (await _server.ContractAsync(hire.Client, hire.ContractId)).GetRawText());
        Assert.Equal(("20", "0"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));

        Assert.Equal("50", (await _server.DepositAsync(hire.Client, "30.00", "top-up")).GetProperty("balance").GetString());
        var settled = ContractRequests.Accepted(await _server.ApproveInvoiceAsync(hire.Client, hire.ContractId, "2026-W10"));
        Assert.Equal("PAID", settled.GetProperty("invoices")[0].GetProperty("status").GetString());
        Assert.Equal(("50", "45", "5"), MoneyOf(settled));
        Assert.Equal(("0", "45"), (await _server.BalanceAsync(hire.Client), await _server.BalanceAsync(hire.Freelancer)));
        Assert.Equal(0, await Ledger.TotalAsync());
    }

    private static (string? Week, string? WeekStart, int Minutes, string? Amount, string? Status, string? ReviewEndsAt, JsonValueKind PaidAt) InvoiceOf(JsonElement invoice) =>
        (invoice.GetProperty("week").GetString(), invoice.GetProperty("weekStart").GetString(), invoice.GetProperty("minutes").GetInt32(),
            invoice.GetProperty("amount").GetString(), invoice.GetProperty("status").GetString(), invoice.GetProperty("reviewEndsAt").GetString(),
            invoice.GetProperty("paidAt").ValueKind);

    private static (string? Date, int Minutes, string? Memo) EntryOf(JsonElement entry) =>
        (entry.GetProperty("date").GetString(), entry.GetProperty("minutes").GetInt32(), entry.GetProperty("memo").GetString());

    /// <summary>What the contract paid: in all, to the freelancer, and in fees.</summary>
    private static (string? Paid, string? FreelancerEarned, string? Fees) MoneyOf(JsonElement contract) =>
        (contract.GetProperty("paid").GetString(), contract.GetProperty("freelancerEarned").GetString(), contract.GetProperty("fees").GetString());

    /// <summary>The next notification titled <paramref name="title"/> (others, like the earlier proposal's, may arrive first).</summary>
    private static async Task<JsonElement> NextNotificationAsync(ChannelReader<JsonElement> notifications, string title)
    {
        while (true)
        {
            var notification = ChatRequests.Next(await GraphQLSocket.NextAsync(notifications), "notifications");
            if (notification.GetProperty("title").GetString() == title)
            {
                return notification;
            }
        }
    }
}
