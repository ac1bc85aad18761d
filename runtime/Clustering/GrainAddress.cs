namespace Actors.Runtime.Clustering;

/// <summary>One activation of a grain: the grain, the silo that runs it, and the activation's own id (a new one each time the grain activates).</summary>
public readonly record struct GrainAddress(GrainId Grain, SiloAddress Silo, Guid ActivationId)
{
    public override string ToString() => $"{Grain} on {Silo} ({ActivationId:N})";
}
