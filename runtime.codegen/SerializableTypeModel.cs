using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>
/// Everything <see cref="CodecEmitter"/> needs to write the codec of one type: plain strings and
/// numbers only (no symbols), so it can sit in an incremental pipeline's cache. Built from
/// <c>[GenerateSerializer]</c> types by <see cref="SerializableTypeModelBuilder"/>, and by other
/// generators of this project for the types they emit (source generators cannot see each other's
/// output, so a generator that emits a serializable type must emit its codec too).
/// </summary>
/// <example>
/// A generated request class <c>sealed class Msg { public int Arg0; public string Arg1; }</c> in
/// namespace <c>N</c>, constructed with <c>new Msg()</c>:
/// <code>
/// var model = new SerializableTypeModel("N", "Msg", SerializableTypeKind.Class,
///     new EquatableArray&lt;SerializableFieldModel&gt;(new[]
///     {
///         new SerializableFieldModel(0, "Arg0", SerializableFieldModel.FormatType(intSymbol), MemberAssignment.Settable),
///         new SerializableFieldModel(1, "Arg1", "global::System.String", MemberAssignment.Settable),
///     }));
/// context.AddSource(CodecEmitter.HintName(model), CodecEmitter.Emit(model));
/// </code>
/// </example>
/// <param name="Namespace">The type's namespace, e.g. <c>"Actors.Generated"</c>; empty for the global namespace.</param>
/// <param name="TypeName">
/// The type's name without namespace; a nested type is written with its containing types, dot-separated
/// (<c>"Outer.Inner"</c>). Non-generic, and accessible from another file of the assembly (public or
/// internal, not <c>file</c>).
/// </param>
/// <param name="Kind">Class (or record), struct (or record struct), or enum.</param>
/// <param name="Fields">The serialized members, each with its wire id; ignored for an enum.</param>
internal sealed record SerializableTypeModel(
    string Namespace,
    string TypeName,
    SerializableTypeKind Kind,
    EquatableArray<SerializableFieldModel> Fields)
{
    /// <summary>
    /// The constructor to call, one entry per parameter in order. Empty (the default) means the
    /// parameterless constructor.
    /// </summary>
    public EquatableArray<ConstructorArgumentModel> ConstructorArguments { get; init; }

    /// <summary>Whether values may be shared instead of deep-copied. Defaults to <see cref="TypeImmutability.Mutable"/>.</summary>
    public TypeImmutability Immutability { get; init; } = TypeImmutability.Mutable;

    /// <summary>
    /// With <see cref="TypeImmutability.WhenMembersImmutable"/>: the fully qualified types that must all be
    /// immutable for the type to be.
    /// </summary>
    public EquatableArray<string> ImmutabilityDependencies { get; init; }

    /// <summary><c>global::</c>-qualified name of the type, as used in generated code.</summary>
    public string FullyQualifiedName => "global::" + (Namespace.Length == 0 ? TypeName : Namespace + "." + TypeName);

    /// <summary>
    /// The stable name written on the wire when a value travels polymorphically: the CLR full name
    /// (namespace, then nested types joined by '+').
    /// </summary>
    public string WireName => (Namespace.Length == 0 ? string.Empty : Namespace + ".") + TypeName.Replace('.', '+');
}

/// <summary>
/// One serialized member.
/// </summary>
/// <param name="Id">The member's wire id, unique within its <paramref name="Level"/>.</param>
/// <param name="MemberName">The field or property name, without any <c>@</c> escape.</param>
/// <param name="TypeName">
/// The member's fully qualified type as produced by <see cref="FormatType"/>, e.g.
/// <c>"global::System.Collections.Generic.List&lt;string?&gt;"</c>.
/// </param>
/// <param name="Assignment">How the codec gives the member its value when reading or copying.</param>
/// <param name="Level">
/// Inheritance level that declares the member: 0 for the root-most serialized type, counting up to the
/// type itself. A type without serialized base types has only level 0.
/// </param>
internal sealed record SerializableFieldModel(
    uint Id,
    string MemberName,
    string TypeName,
    MemberAssignment Assignment,
    int Level = 0)
{
    private static readonly SymbolDisplayFormat _typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Formats a type the way <see cref="TypeName"/> expects it.</summary>
    public static string FormatType(ITypeSymbol type) => type.ToDisplayString(_typeFormat);
}

/// <summary>One constructor parameter, in declaration order.</summary>
/// <param name="TypeName">The parameter's type, formatted by <see cref="SerializableFieldModel.FormatType"/>.</param>
/// <param name="MemberName">
/// The serialized member whose value is passed (its <see cref="SerializableFieldModel.Assignment"/> is
/// <see cref="MemberAssignment.Constructor"/>), or null to pass <paramref name="DefaultValue"/>.
/// </param>
/// <param name="DefaultValue">
/// A C# expression for the parameter's default value, used when the member is missing from a payload
/// or when there is no member; null means <c>default</c>.
/// </param>
internal sealed record ConstructorArgumentModel(string TypeName, string? MemberName, string? DefaultValue);

/// <summary>The shape of a serialized type.</summary>
internal enum SerializableTypeKind
{
    /// <summary>A class or record (a reference type; null and subclasses are handled).</summary>
    Class,

    /// <summary>A struct or record struct.</summary>
    Struct,

    /// <summary>An enum (written as its numeric value; no fields).</summary>
    Enum,
}

/// <summary>How a serialized member receives its value.</summary>
internal enum MemberAssignment
{
    /// <summary>Assigned after construction (<c>x.Member = value</c>), and only when present in the payload.</summary>
    Settable,

    /// <summary>Set in the object initializer (init-only or required members); default when missing.</summary>
    Init,

    /// <summary>Passed to the constructor (see <see cref="SerializableTypeModel.ConstructorArguments"/>).</summary>
    Constructor,
}

/// <summary>Whether values of a type may be shared instead of deep-copied.</summary>
internal enum TypeImmutability
{
    /// <summary>Values are always copied.</summary>
    Mutable,

    /// <summary>Values are never copied (the type is marked <c>[Immutable]</c>).</summary>
    Immutable,

    /// <summary>Values are shared when every type in <see cref="SerializableTypeModel.ImmutabilityDependencies"/> is immutable.</summary>
    WhenMembersImmutable,
}
