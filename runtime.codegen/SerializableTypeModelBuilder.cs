using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Actors.Runtime.CodeGen;

/// <summary>What the generator learned about one <c>[GenerateSerializer]</c> type: a model, or errors.</summary>
internal sealed record SerializerTypeResult(SerializableTypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads a <c>[GenerateSerializer]</c> type's symbol into a <see cref="SerializableTypeModel"/>: its
/// <c>[Id]</c> members level by level (root-most serialized base type first), the constructor to call,
/// how each member is assigned, and whether its values may be shared instead of copied. Problems
/// become ACT001–ACT004 diagnostics, and a type with problems gets no codec.
/// </summary>
internal static class SerializableTypeModelBuilder
{
    public static SerializerTypeResult Build(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<DiagnosticInfo>();
        if (FindTypeProblem(type, compilation) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(SerializerDiagnostics.TypeNotSerializable, type.Locations.FirstOrDefault(), type.ToDisplayString(), problem));
            return Result(null, diagnostics);
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        var typeName = string.Join(".", ContainingTypesAndSelf(type).Select(t => t.Name));
        if (type.TypeKind == TypeKind.Enum)
        {
            return Result(new SerializableTypeModel(ns, typeName, SerializableTypeKind.Enum, default), diagnostics);
        }

        var members = new SerializableMembers(compilation, diagnostics);
        var levels = SerializedLevels(type);
        for (var level = 0; level < levels.Count; level++)
        {
            members.CollectLevel(levels[level], level);
        }

        if (type.IsAbstract)
        {
            // Abstract types get no codec of their own: members declared as them are written polymorphically,
            // and derived types serialize their members as a base level.
            return Result(null, diagnostics);
        }

        var constructor = ChooseConstructor(type, members.All, compilation);
        if (constructor is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                SerializerDiagnostics.TypeNotSerializable,
                type.Locations.FirstOrDefault(),
                type.ToDisplayString(),
                "it has no public or internal constructor that generated code can call; add a parameterless one, or one whose parameters are named after its [Id] members"));
            return Result(null, diagnostics);
        }

        var fields = members.Assign(constructor, type);
        if (diagnostics.Count > 0)
        {
            return Result(null, diagnostics);
        }

        var (immutability, dependencies) = Immutability(type, compilation);
        var model = new SerializableTypeModel(ns, typeName, type.IsValueType ? SerializableTypeKind.Struct : SerializableTypeKind.Class, new EquatableArray<SerializableFieldModel>(fields))
        {
            ConstructorArguments = new EquatableArray<ConstructorArgumentModel>(
                constructor.Parameters.Select(parameter => new ConstructorArgumentModel(
                    SerializableFieldModel.FormatType(parameter.Type),
                    members.MatchParameter(parameter)?.Member.Name,
                    DefaultValue(parameter))).ToArray()),
            Immutability = immutability,
            ImmutabilityDependencies = new EquatableArray<string>(dependencies),
        };
        return Result(model, diagnostics);
    }

    private static SerializerTypeResult Result(SerializableTypeModel? model, List<DiagnosticInfo> diagnostics) =>
        new(model, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));

    private static string? FindTypeProblem(INamedTypeSymbol type, Compilation compilation)
    {
        if (ContainingTypesAndSelf(type).Any(t => t.IsGenericType))
        {
            return "generic types are not supported";
        }

        if (type.IsStatic)
        {
            return "a static class has no instances";
        }

        if (type.IsRefLikeType)
        {
            return "a ref struct cannot be stored";
        }

        if (type.IsFileLocal || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return "generated code cannot reach it; make it public or internal, and so the types that contain it";
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.Exception")
            {
                return "exceptions are serialized by the runtime's exception codec (type, message, stack trace); remove [GenerateSerializer]";
            }
        }

        return null;
    }

    private static IEnumerable<INamedTypeSymbol> ContainingTypesAndSelf(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    /// <summary>The type and its [GenerateSerializer] base types, root-most first: one level each.</summary>
    private static List<INamedTypeSymbol> SerializedLevels(INamedTypeSymbol type)
    {
        var levels = new List<INamedTypeSymbol> { type };
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SerializerAttributes.Has(current, SerializerAttributes.GenerateSerializer))
            {
                levels.Insert(0, current);
            }
        }

        return levels;
    }

    /// <summary>
    /// The primary constructor if any, else the parameterless one, else the one with the most parameters
    /// that all match [Id] members by name (ignoring case) and type or have default values.
    /// </summary>
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, IReadOnlyList<SerializableMember> members, Compilation compilation)
    {
        var candidates = type.InstanceConstructors
            .Where(constructor => compilation.IsSymbolAccessibleWithin(constructor, compilation.Assembly) && !IsCopyConstructor(constructor, type))
            .ToList();
        return candidates.FirstOrDefault(constructor => constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is TypeDeclarationSyntax))
            ?? candidates.FirstOrDefault(constructor => constructor.Parameters.Length == 0)
            ?? candidates
                .Where(constructor => constructor.Parameters.All(parameter =>
                    parameter.HasExplicitDefaultValue || SerializableMembers.Match(parameter, members) is not null))
                .OrderByDescending(constructor => constructor.Parameters.Length)
                .ThenBy(constructor => constructor.ToDisplayString(), StringComparer.Ordinal)
                .FirstOrDefault();
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    /// <summary>
    /// Values may be shared when the type says so ([Immutable]); a struct is copied by value, so it is
    /// immutable when its fields' types are; a sealed class is when every field of it and its base types
    /// is read-only and of an immutable type (checked at run time).
    /// </summary>
    private static (TypeImmutability Immutability, string[] Dependencies) Immutability(INamedTypeSymbol type, Compilation compilation)
    {
        if (SerializerAttributes.Has(type, SerializerAttributes.Immutable))
        {
            return (TypeImmutability.Immutable, Array.Empty<string>());
        }

        if (!type.IsValueType && !type.IsSealed)
        {
            return (TypeImmutability.Mutable, Array.Empty<string>());
        }

        var dependencies = new List<string>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (!current.Locations.Any(location => location.IsInSource))
            {
                return (TypeImmutability.Mutable, Array.Empty<string>()); // private fields of other assemblies are not visible
            }

            foreach (var member in current.GetMembers().Where(member => !member.IsStatic))
            {
                switch (member)
                {
                    case IEventSymbol:
                    case IFieldSymbol { IsReadOnly: false, IsConst: false } when !type.IsValueType:
                    case IFieldSymbol { Type: not (INamedTypeSymbol or IArrayTypeSymbol) }:
                    case IFieldSymbol field when !compilation.IsSymbolAccessibleWithin(field.Type, compilation.Assembly):
                        // Generated code must name each field's type to ask whether it is immutable.
                        return (TypeImmutability.Mutable, Array.Empty<string>());
                    case IFieldSymbol field:
                        dependencies.Add(SerializableFieldModel.FormatType(field.Type));
                        break;
                }
            }
        }

        return (TypeImmutability.WhenMembersImmutable, dependencies.Distinct(StringComparer.Ordinal).ToArray());
    }

    private static string? DefaultValue(IParameterSymbol parameter) =>
        !parameter.HasExplicitDefaultValue ? null : parameter.ExplicitDefaultValue switch
        {
            null => null,
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char character => SymbolDisplay.FormatLiteral(character, quote: true),
            bool flag => flag ? "true" : "false",
            float number => number.ToString("R", CultureInfo.InvariantCulture) + "F",
            double number => number.ToString("R", CultureInfo.InvariantCulture) + "D",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "M",
            var number => Convert.ToString(number, CultureInfo.InvariantCulture),
        };
}
