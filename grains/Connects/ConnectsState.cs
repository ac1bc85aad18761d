using Marketplace.Connects;

namespace Marketplace.Grains.Connects;

/// <summary>
/// A freelancer's stored Connects: the balance. Each job's spend and each movement of the history grow with every
/// bid, so they are entries beside it (see <see cref="ConnectsGrain"/>).
/// </summary>
public sealed class ConnectsState
{
    /// <summary>False until the first use grants the starting balance.</summary>
    public bool Granted { get; set; }

    public int Balance { get; set; }
}

/// <summary>What a freelancer spent for one job.</summary>
public sealed class JobSpend
{
    public required ConnectsReceipt Receipt { get; set; }

    public ConnectsReceipt? Refund { get; set; }
}
