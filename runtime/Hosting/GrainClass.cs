using System.Reflection;
using Actors.Runtime.Clustering;

namespace Actors.Runtime.Hosting;

/// <summary>
/// What the runtime knows of one grain class, from generated code: its grain type name, the grain
/// interfaces it implements, how to build it, whether it is reentrant, and the stream namespaces it
/// subscribes to implicitly; and, read once from its attributes, how a cluster places its activations.
/// </summary>
public sealed record GrainClass(
    string GrainType,
    Type ClassType,
    IReadOnlyList<Type> Interfaces,
    Func<IServiceProvider, IGrainContext, object> Factory,
    bool IsReentrant,
    IReadOnlyList<string> ImplicitStreamNamespaces)
{
    /// <summary>The class's <see cref="PlacementAttribute"/>, random without one.</summary>
    public PlacementStrategy Placement { get; } =
        ClassType.GetCustomAttribute<PlacementAttribute>(inherit: false)?.Strategy ?? PlacementStrategy.Random;
}
