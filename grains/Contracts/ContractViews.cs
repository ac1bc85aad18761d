using Marketplace.Contracts;

namespace Marketplace.Grains.Contracts;

/// <summary>Builds the <see cref="ContractView"/> the parties see from the stored state and its time entries and invoices.</summary>
public static class ContractViews
{
    public static ContractView ToView(
        this ContractState c, string contractId, IEnumerable<TimeEntryState> timeEntries, IEnumerable<InvoiceState> invoices, DateTimeOffset now)
    {
        var thisWeek = WorkWeek.StartOf(WorkWeek.DayOf(now));
        var time = timeEntries.Where(e => WorkWeek.StartOf(e.Date) == thisWeek).OrderBy(e => e.Date).ThenBy(e => e.LoggedAt)
            .Select(e => new TimeEntryView(WorkWeek.Format(e.Date), e.Minutes, e.Memo, e.LoggedAt)).ToList();
        var escrow = c.Milestones.Where(m => m.Status is MilestoneStatus.Funded or MilestoneStatus.Submitted).Sum(m => m.AmountCents);
        return new ContractView(
            contractId, c.JobId, c.ProposalId, c.ClientId, c.FreelancerId, c.Title, c.Description, c.Kind,
            c.OfferStatus, c.OfferedAt, c.OfferExpiresAt, c.Status, c.StartedAt, c.EndedAt, c.HourlyRateCents, c.WeeklyLimitHours,
            [.. c.Milestones.Select(m => new MilestoneView(m.Number, m.Title, m.AmountCents, m.DueDate, m.Status, m.FundedAt, m.SubmittedAt,
                m.AutoReleaseAt, m.SubmissionNote, m.ChangesNote, m.ReleasedAt))],
            [.. invoices.Select(i => new InvoiceView(i.Week, WorkWeek.Format(i.WeekStart), i.Minutes, i.AmountCents, i.Status, i.IssuedAt,
                i.ReviewEndsAt, i.PaidAt))],
            time, time.Sum(e => e.Minutes), escrow, c.FreelancerEarnedCents + c.FeesCents, c.FreelancerEarnedCents, c.FeesCents, c.RefundedCents);
    }
}
