namespace Actors.Runtime.Clustering;

/// <summary>Asks another silo directly whether it is alive (a ping over the silo-to-silo connection).</summary>
internal interface ISiloProber
{
    /// <summary>True when <paramref name="silo"/> answered within <paramref name="timeout"/>; false when it did not, refused the connection, or is another generation.</summary>
    Task<bool> ProbeAsync(SiloAddress silo, TimeSpan timeout, CancellationToken cancellationToken);
}
