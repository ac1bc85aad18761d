namespace Actors.Runtime;

/// <summary>
/// Promises that instances of this type are never changed after construction, so the runtime may pass
/// the same instance to another grain instead of a deep copy. The promise covers everything the
/// instance refers to; the runtime does not check it.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false,
    Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
