using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>The compile errors of the serializer generator (ACT001–ACT004).</summary>
internal static class SerializerDiagnostics
{
    private const string Category = "Actors.Serialization";

    /// <summary>Two members of one type (one inheritance level) share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "ACT001",
        "Duplicate serialization id",
        "Type '{0}' uses [Id({1})] for both '{2}' and '{3}'; ids must be unique within a type",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>A member's type has no codec.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMemberType = new(
        "ACT002",
        "Member type cannot be serialized",
        "Member '{0}.{1}' cannot be serialized: its type '{2}' has no serializer because '{3}' is neither a supported built-in type nor marked [GenerateSerializer]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>A member marked [Id] cannot be read or assigned by generated code.</summary>
    public static readonly DiagnosticDescriptor MemberNotSerializable = new(
        "ACT003",
        "Member cannot be serialized",
        "Member '{0}.{1}' cannot be serialized: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>A [GenerateSerializer] type cannot get a codec.</summary>
    public static readonly DiagnosticDescriptor TypeNotSerializable = new(
        "ACT004",
        "Type cannot be serialized",
        "Type '{0}' cannot have a generated serializer: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
