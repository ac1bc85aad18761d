namespace Marketplace.Contracts;

/// <summary>Where a weekly invoice of an hourly contract is (the table is InvoiceTransitions in the grains).</summary>
public enum InvoiceStatus
{
    /// <summary>Issued on Monday; the client reviews it until Friday 00:00 UTC.</summary>
    Open,
    Paid,

    /// <summary>Friday's automatic payment found too little in the client's wallet; the client pays it by approving it.</summary>
    Overdue,
}
