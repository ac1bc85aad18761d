using Marketplace.Contracts;
using Marketplace.Grains.Shared;

namespace Marketplace.Grains.Contracts;

/// <summary>What can happen to a weekly invoice.</summary>
public enum InvoiceTrigger
{
    Approve,
    AutoPay,
    PaymentFails,
}

/// <summary>
/// The life of a weekly invoice of an hourly contract: issued Monday 00:00 UTC for the week before, approved (and
/// paid) by the client until Friday 00:00 UTC, then paid by the platform; when the client's wallet holds too little it
/// is overdue (nothing is paid) until the client approves it with enough money in the wallet.
/// </summary>
public static class InvoiceTransitions
{
    public static readonly TransitionTable<InvoiceStatus, InvoiceTrigger> Table = new(
        "invoice",
        new(InvoiceStatus.Open, InvoiceTrigger.Approve, Party.Client, InvoiceStatus.Paid),
        new(InvoiceStatus.Open, InvoiceTrigger.AutoPay, Party.System, InvoiceStatus.Paid),
        new(InvoiceStatus.Open, InvoiceTrigger.PaymentFails, Party.System, InvoiceStatus.Overdue),
        new(InvoiceStatus.Overdue, InvoiceTrigger.Approve, Party.Client, InvoiceStatus.Paid));
}
