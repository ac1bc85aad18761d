namespace Actors.Runtime;

/// <summary>Why an activation ends.</summary>
public enum DeactivationReason
{
    /// <summary>The grain called DeactivateOnIdle().</summary>
    Requested,

    /// <summary>Idle for longer than the collection age.</summary>
    Idle,

    /// <summary>The silo is shutting down.</summary>
    Shutdown,
}
