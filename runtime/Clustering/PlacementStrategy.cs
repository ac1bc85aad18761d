namespace Actors.Runtime.Clustering;

/// <summary>How the silo of a grain's new activation is chosen (<see cref="PlacementAttribute"/>).</summary>
public enum PlacementStrategy
{
    Random,
    PreferLocal,
    HashBased,
}
