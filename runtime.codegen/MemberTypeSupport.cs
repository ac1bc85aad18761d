using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>
/// Decides at compile time whether the runtime has a codec for a member's type, mirroring what the
/// runtime's codec registry resolves: built-in types, enums, arrays, nullables, the supported
/// collections, exceptions, <c>[GenerateSerializer]</c> types, and (polymorphically) <c>object</c> and
/// the application's own interfaces and abstract classes.
/// </summary>
internal static class MemberTypeSupport
{
    private static readonly HashSet<string> _builtInTypes = new()
    {
        "System.Guid",
        "System.DateTimeOffset",
        "System.TimeSpan",
    };

    private static readonly HashSet<string> _genericTypes = new()
    {
        "System.Nullable`1",
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Immutable.ImmutableArray`1",
    };

    /// <summary>
    /// Returns null when values of <paramref name="type"/> can be serialized; otherwise the type that
    /// prevents it (<paramref name="type"/> itself or one of its type arguments or element type).
    /// </summary>
    public static ITypeSymbol? FindUnsupported(ITypeSymbol type)
    {
        switch (type)
        {
            case IErrorTypeSymbol:
                return null; // the compiler reports it already
            case IArrayTypeSymbol array:
                return array.IsSZArray ? FindUnsupported(array.ElementType) : type;
            case INamedTypeSymbol named:
                return FindUnsupported(named);
            default:
                return type; // type parameters, pointers, function pointers, dynamic
        }
    }

    private static ITypeSymbol? FindUnsupported(INamedTypeSymbol type)
    {
        if (type.IsRefLikeType || type.TypeKind == TypeKind.Delegate)
        {
            return type;
        }

        if (IsBuiltIn(type) || type.TypeKind == TypeKind.Enum || SerializerAttributes.Has(type, SerializerAttributes.GenerateSerializer))
        {
            return type.IsGenericType ? type : null;
        }

        var name = MetadataName(type.OriginalDefinition);
        if (name == "System.ReadOnlyMemory`1")
        {
            return type.TypeArguments[0].SpecialType == SpecialType.System_Byte ? null : type;
        }

        if (_genericTypes.Contains(name))
        {
            foreach (var argument in type.TypeArguments)
            {
                if (FindUnsupported(argument) is { } unsupported)
                {
                    return unsupported;
                }
            }

            return null;
        }

        if (IsException(type))
        {
            return null;
        }

        // Interfaces and abstract classes of the application carry [GenerateSerializer] implementations,
        // written with their type name; those of the base library (IEnumerable<T>, Stream, ...) do not.
        var isPolymorphic = type.TypeKind == TypeKind.Interface || (type.TypeKind == TypeKind.Class && type.IsAbstract);
        return isPolymorphic && !IsInSystemNamespace(type) ? null : type;
    }

    private static bool IsBuiltIn(INamedTypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
            or SpecialType.System_Decimal or SpecialType.System_String or SpecialType.System_DateTime
            or SpecialType.System_Object => true,
        _ => _builtInTypes.Contains(MetadataName(type)),
    };

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (MetadataName(current) == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInSystemNamespace(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root is { Name: "System" or "Microsoft" };
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + type.MetadataName
            : type.MetadataName;
}
