using Marketplace.Connects;

namespace Marketplace.Grains.Connects;

/// <summary>A freelancer's stored Connects: the balance, each job's spend and the history of movements.</summary>
public sealed class ConnectsState
{
    /// <summary>False until the first use grants the starting balance.</summary>
    public bool Granted { get; set; }

    public int Balance { get; set; }

    /// <summary>The spend of each job (by job id): its receipt, and whether it was refunded.</summary>
    public Dictionary<string, JobSpend> Spends { get; set; } = [];

    /// <summary>Movements, oldest first.</summary>
    public List<ConnectsEntry> History { get; set; } = [];
}

/// <summary>What a freelancer spent for one job.</summary>
public sealed class JobSpend
{
    public required ConnectsReceipt Receipt { get; set; }

    public ConnectsReceipt? Refund { get; set; }
}
