namespace Actors.Runtime.Clustering;

/// <summary>A silo's status in the membership table (the values are Orleans').</summary>
public enum SiloStatus
{
    None = 0,

    /// <summary>Created, not yet joining.</summary>
    Created = 1,

    /// <summary>Written to the table, checking that it can reach the active silos.</summary>
    Joining = 2,

    /// <summary>Serving: takes activations, probes and is probed.</summary>
    Active = 3,

    /// <summary>Leaving gracefully: deactivating its grains.</summary>
    ShuttingDown = 4,

    /// <summary>Stopping without a graceful shutdown.</summary>
    Stopping = 5,

    /// <summary>Gone for good: left, or declared dead by the others. A dead silo never comes back (a restart is a new generation).</summary>
    Dead = 6,
}
