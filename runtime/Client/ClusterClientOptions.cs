namespace Actors.Runtime.Client;

/// <summary>How a cluster client reaches its cluster (configuration section "Cluster"): which cluster, and its timing.</summary>
public sealed class ClusterClientOptions
{
    /// <summary>The cluster's name, as its silos have it.</summary>
    public string ClusterId { get; set; } = "default";

    /// <summary>How long a caller waits for an answer before a <see cref="Messaging.RequestTimeoutException"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>StartAsync</c> waits for a first gateway to welcome the client.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the membership table is read for gateways that came or went.</summary>
    public TimeSpan GatewayRefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClusterId) || ClusterId.Length > 150)
        {
            throw new ArgumentOutOfRangeException("Cluster:ClusterId", ClusterId, "Cluster:ClusterId must be 1 to 150 characters.");
        }

        foreach (var (value, name) in new[] { (RequestTimeout, nameof(RequestTimeout)), (ConnectTimeout, nameof(ConnectTimeout)), (GatewayRefreshPeriod, nameof(GatewayRefreshPeriod)) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException($"Cluster:{name}", value, $"Cluster:{name} must be a positive time span.");
            }
        }
    }
}
