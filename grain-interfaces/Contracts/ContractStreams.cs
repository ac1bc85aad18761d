namespace Marketplace.Contracts;

/// <summary>The stream namespaces of the contracts area.</summary>
public static class ContractStreams
{
    /// <summary>One stream per contract (key: contract id): every change of its offer, milestones, time, invoices and status.</summary>
    public const string Contract = "contract";
}
