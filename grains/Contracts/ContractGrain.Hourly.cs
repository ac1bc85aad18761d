using System.Globalization;
using Marketplace.Contracts;
using Marketplace.Ledger;

namespace Marketplace.Grains.Contracts;

/// <summary>The hourly side of a contract: time logged within the weekly limit, invoiced every Monday, paid on approval or on Friday.</summary>
public sealed partial class ContractGrain
{
    private const int MinutesPerDay = 24 * 60;
    private const int MaxMemoLength = 500;

    public async Task<ContractView> LogTimeAsync(string freelancerId, string date, int minutes, string memo)
    {
        if (PartyOf(freelancerId) != Party.Freelancer)
        {
            throw DomainException.Forbidden("Only the freelancer logs time on a contract.");
        }

        RequireKind(ContractKind.Hourly);
        RequireActive();
        var now = clock.GetUtcNow();
        var today = WorkWeek.DayOf(now);
        if (!WorkWeek.TryParse(date, out var day))
        {
            throw DomainException.InvalidInput("date", "A date is written yyyy-MM-dd.");
        }

        if (day > today || day < WorkWeek.DayOf(C.StartedAt!.Value))
        {
            throw DomainException.InvalidInput("date", "Time is logged for a day from the contract's start until today (UTC).");
        }

        if (WorkWeek.StartOf(day) != WorkWeek.StartOf(today))
        {
            throw new DomainException(ErrorCodes.WindowClosed, $"Time is logged for this week only; the week of {date} is closed.", "date");
        }

        if (minutes is < 1 or > MinutesPerDay)
        {
            throw DomainException.InvalidInput("minutes", $"An entry has 1 to {MinutesPerDay} minutes.");
        }

        if (TimeEntries.Where(e => e.Date == day).Sum(e => e.Minutes) + minutes > MinutesPerDay)
        {
            throw DomainException.InvalidInput("minutes", $"A day has {MinutesPerDay} minutes.");
        }

        var limit = C.WeeklyLimitHours!.Value * 60;
        var thisWeek = TimeEntries.Where(e => WorkWeek.StartOf(e.Date) == WorkWeek.StartOf(day)).Sum(e => e.Minutes);
        if (thisWeek + minutes > limit)
        {
            throw DomainException.InvalidInput("minutes",
                $"The weekly limit is {C.WeeklyLimitHours} hours: {limit - thisWeek} minutes are left this week, not {minutes}.");
        }

        if (memo is { Length: > MaxMemoLength })
        {
            throw DomainException.InvalidInput("memo", $"A memo has at most {MaxMemoLength} characters.");
        }

        // Time entries are never removed, so the next number is the count plus one.
        TimeEntries.Set((TimeEntries.Count + 1).ToString(CultureInfo.InvariantCulture),
            new TimeEntryState { Date = day, Minutes = minutes, Memo = memo ?? "", LoggedAt = now });
        Record(new TimeLogged(Id, C.ClientId, C.FreelancerId, WorkWeek.Format(day), minutes, now));
        await WriteAsync();
        return View();
    }

    public async Task<ContractView> ApproveInvoiceAsync(string clientId, string week)
    {
        var party = PartyOf(clientId);
        RequireKind(ContractKind.Hourly);
        var invoice = week is not null && Invoices.TryGet(week, out var found) ? found : throw DomainException.NotFound("Invoice", week ?? "");
        var to = InvoiceTransitions.Table.Fire(invoice.Status, InvoiceTrigger.Approve, party);
        await PayAsync(invoice, to, party);
        await UnregisterReminder(InvoicePaymentReminderPrefix + invoice.Week);
        return View();
    }

    /// <summary>
    /// Invoices every week before this one (and this one too when the contract ends) with logged time and no invoice
    /// yet, and registers each one's Friday payment. A Monday missed while the silo was down is caught up by the next.
    /// Changes the state only (true when it did); the caller writes.
    /// </summary>
    private async Task<bool> IssueInvoicesAsync(DateTimeOffset now, bool includeThisWeek)
    {
        var thisWeek = WorkWeek.StartOf(WorkWeek.DayOf(now));
        var weeks = TimeEntries.GroupBy(e => WorkWeek.StartOf(e.Date))
            .Where(g => (g.Key < thisWeek || (includeThisWeek && g.Key == thisWeek)) && !Invoices.ContainsKey(WorkWeek.IdOf(g.Key)))
            .OrderBy(g => g.Key).ToList();
        foreach (var week in weeks)
        {
            var minutes = week.Sum(e => e.Minutes);
            var invoice = new InvoiceState
            {
                Week = WorkWeek.IdOf(week.Key),
                WeekStart = week.Key,
                Minutes = minutes,
                AmountCents = minutes * C.HourlyRateCents!.Value / 60,
                Status = InvoiceStatus.Open,
                IssuedAt = now,
                ReviewEndsAt = WorkWeek.ReviewEndsAt(week.Key),
            };
            var dueIn = invoice.ReviewEndsAt - now;
            await RegisterOrUpdateReminder(InvoicePaymentReminderPrefix + invoice.Week, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero);
            Invoices.Set(invoice.Week, invoice);
            Record(new InvoiceIssued(Id, C.ClientId, C.FreelancerId, invoice.Week, minutes, invoice.AmountCents, invoice.ReviewEndsAt, now));
        }

        return weeks.Count > 0;
    }

    /// <summary>Friday 00:00 UTC after the invoice's week: an open invoice is paid; with too little in the client's wallet it is overdue.</summary>
    private async Task AutoPayAsync(string week, DateTimeOffset now)
    {
        if (!Invoices.TryGet(week, out var invoice) || invoice.Status != InvoiceStatus.Open || now < invoice.ReviewEndsAt)
        {
            return; // approved since
        }

        var to = InvoiceTransitions.Table.Fire(invoice.Status, InvoiceTrigger.AutoPay, Party.System);
        try
        {
            await PayAsync(invoice, to, Party.System);
        }
        catch (DomainException refused) when (refused.Code == ErrorCodes.InsufficientFunds)
        {
            invoice.Status = InvoiceTransitions.Table.Fire(invoice.Status, InvoiceTrigger.PaymentFails, Party.System);
            Invoices.Set(invoice.Week, invoice);
            Record(new InvoiceOverdue(Id, C.ClientId, C.FreelancerId, invoice.Week, invoice.AmountCents, now));
            await WriteAsync();
        }
    }

    /// <summary>Pays the invoice from the client's wallet in one transfer: 90% to the freelancer, 10% platform fee; none of it without enough money.</summary>
    private async Task PayAsync(InvoiceState invoice, InvoiceStatus to, Party by)
    {
        var (freelancerCents, feeCents) = PlatformFee.Split(invoice.AmountCents);
        var wallet = LedgerAccount.ClientWallet(C.ClientId);
        // Approval and Friday's payment share the key: the invoice is paid once.
        await Ledger.TransferAsync(new TransferRequest($"contract/{Id}/invoice/{invoice.Week}/pay",
            Legs(new TransferLeg(wallet, LedgerAccount.FreelancerAvailable(C.FreelancerId), freelancerCents),
                new TransferLeg(wallet, LedgerAccount.PlatformFees, feeCents)),
            $"Pay the {invoice.Week} invoice of contract {Id}"));

        var now = clock.GetUtcNow();
        invoice.Status = to;
        invoice.PaidAt = now;
        Invoices.Set(invoice.Week, invoice);
        C.FreelancerEarnedCents += freelancerCents;
        C.FeesCents += feeCents;
        Record(new InvoicePaid(Id, C.ClientId, C.FreelancerId, invoice.Week, invoice.AmountCents, freelancerCents, feeCents, by, now));
        await WriteAsync();
    }
}
