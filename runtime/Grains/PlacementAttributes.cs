using Actors.Runtime.Clustering;

namespace Actors.Runtime;

/// <summary>On a grain class: how the silo of a new activation is chosen in a cluster (random unless said).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class PlacementAttribute(PlacementStrategy strategy) : Attribute
{
    public PlacementStrategy Strategy { get; } = strategy;
}

/// <summary>New activations go to a silo picked at random among the active ones (the default).</summary>
public sealed class RandomPlacementAttribute() : PlacementAttribute(PlacementStrategy.Random);

/// <summary>New activations go to the calling silo when it is active (for a cluster client's call: the gateway it called), else to a random one.</summary>
public sealed class PreferLocalPlacementAttribute() : PlacementAttribute(PlacementStrategy.PreferLocal);

/// <summary>New activations go to the silo a stable hash of the grain id picks among the active silos in address order (not stable when membership changes).</summary>
public sealed class HashBasedPlacementAttribute() : PlacementAttribute(PlacementStrategy.HashBased);
