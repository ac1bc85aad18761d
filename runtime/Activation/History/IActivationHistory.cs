using Actors.Runtime.Clustering;

namespace Actors.Runtime.Activation.History;

/// <summary>
/// Where the silo writes down each activation's life when <see cref="Hosting.RuntimeOptions.RecordActivations"/> is on:
/// an audit trail that shows, per grain, which silo ran it from when to when (single activation can be checked on it).
/// </summary>
public interface IActivationHistory
{
    /// <summary>Records that <paramref name="activation"/> began at <paramref name="at"/>, before it runs anything.</summary>
    Task RecordActivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="activation"/> ended at <paramref name="at"/>, after its last request and OnDeactivateAsync.</summary>
    Task RecordDeactivatedAsync(GrainAddress activation, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every recorded activation of <paramref name="grainType"/>, oldest first.</summary>
    Task<IReadOnlyList<ActivationRecord>> ReadAsync(string grainType, CancellationToken cancellationToken);
}

/// <summary>One activation as recorded: the grain, its silo, when it began and (unless it is alive, or its silo died) ended.</summary>
public sealed record ActivationRecord(GrainAddress Activation, DateTimeOffset ActivatedAt, DateTimeOffset? DeactivatedAt);
