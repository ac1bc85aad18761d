namespace Actors.Runtime;

/// <summary>
/// Names a grain class's type in grain ids and storage. Without it the name is the class name without
/// its "Grain" suffix, lower-cased: JobGrain is "job".
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
