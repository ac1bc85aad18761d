namespace Actors.Runtime;

/// <summary>
/// Asks the source generator (Actors.Runtime.CodeGen) for a binary codec for this class, record, struct
/// or enum. Only members marked <see cref="IdAttribute"/> are serialized; every other member is
/// ignored, and a member missing from a payload keeps its default value, so fields can be added and
/// removed between versions.
/// </summary>
/// <remarks>
/// A derived type that also carries this attribute serializes its base type's members too; ids are
/// scoped per level of the hierarchy, so a base and a derived type may both use <c>[Id(0)]</c>.
/// The type's full name is written when a value travels in a member declared as a base type or an
/// interface, so renaming or moving a type that is sent polymorphically breaks compatibility.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum,
    AllowMultiple = false,
    Inherited = false)]
public sealed class GenerateSerializerAttribute : Attribute;
