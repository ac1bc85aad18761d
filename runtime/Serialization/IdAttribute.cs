namespace Actors.Runtime;

/// <summary>
/// Marks a field, property or positional-record parameter for serialization under a stable id. Ids
/// are unique within one type (not counting its base types) and must never be reused for a different
/// meaning: the id, not the name, identifies a member on the wire.
/// </summary>
[AttributeUsage(
    AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = true)]
public sealed class IdAttribute(uint id) : Attribute
{
    /// <summary>The member's id on the wire.</summary>
    public uint Id { get; } = id;
}
