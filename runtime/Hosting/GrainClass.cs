namespace Actors.Runtime.Hosting;

/// <summary>
/// What the runtime knows of one grain class, from generated code: its grain type name, the grain
/// interfaces it implements, how to build it, whether it is reentrant, and the stream namespaces it
/// subscribes to implicitly.
/// </summary>
public sealed record GrainClass(
    string GrainType,
    Type ClassType,
    IReadOnlyList<Type> Interfaces,
    Func<IServiceProvider, IGrainContext, object> Factory,
    bool IsReentrant,
    IReadOnlyList<string> ImplicitStreamNamespaces);
