using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>A member marked [Id] at one inheritance level of a serialized type.</summary>
internal sealed record SerializableMember(int Level, uint Id, ISymbol Member, ITypeSymbol Type, Location? Location);

/// <summary>
/// Collects the [Id] members of a serialized type level by level, checking each (unique id, readable,
/// supported type), then decides how generated code assigns each one. Problems are added to the list
/// of diagnostics given at construction.
/// </summary>
internal sealed class SerializableMembers(Compilation compilation, List<DiagnosticInfo> diagnostics)
{
    private const string SetsRequiredMembers = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";

    private readonly List<SerializableMember> _members = new();

    public IReadOnlyList<SerializableMember> All => _members;

    /// <summary>The member a constructor parameter sets: same name ignoring case, same type.</summary>
    public static SerializableMember? Match(IParameterSymbol parameter, IEnumerable<SerializableMember> members) =>
        members.FirstOrDefault(member =>
            string.Equals(member.Member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
            && SymbolEqualityComparer.Default.Equals(member.Type, parameter.Type));

    public SerializableMember? MatchParameter(IParameterSymbol parameter) => Match(parameter, _members);

    /// <summary>Adds the [Id] fields and properties of <paramref name="type"/>, and its [Id] constructor parameters.</summary>
    public void CollectLevel(INamedTypeSymbol type, int level)
    {
        var namesById = new Dictionary<uint, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in type.GetMembers().Where(member => member is IFieldSymbol or IPropertySymbol && !member.IsImplicitlyDeclared))
        {
            if (SerializerAttributes.GetId(member) is { } id)
            {
                Add(type, level, id, member, member.Locations.FirstOrDefault(), namesById, seen);
            }
        }

        foreach (var parameter in type.InstanceConstructors.SelectMany(constructor => constructor.Parameters))
        {
            if (SerializerAttributes.GetId(parameter) is not { } id)
            {
                continue;
            }

            var target = type.GetMembers(parameter.Name).FirstOrDefault(member => member is IFieldSymbol or IPropertySymbol);
            if (target is null)
            {
                Report(SerializerDiagnostics.MemberNotSerializable, parameter.Locations.FirstOrDefault(), type.ToDisplayString(), parameter.Name,
                    $"no field or property named '{parameter.Name}' holds the value of this constructor parameter");
            }
            else
            {
                Add(type, level, id, target, parameter.Locations.FirstOrDefault(), namesById, seen);
            }
        }
    }

    /// <summary>
    /// Decides how each member is assigned when <paramref name="constructor"/> builds the object, and
    /// reports members nothing can assign and required members without [Id].
    /// </summary>
    public SerializableFieldModel[] Assign(IMethodSymbol constructor, INamedTypeSymbol type)
    {
        var constructorMembers = new HashSet<ISymbol>(
            constructor.Parameters.Select(MatchParameter).Where(member => member is not null).Select(member => member!.Member),
            SymbolEqualityComparer.Default);
        var fields = new List<SerializableFieldModel>();
        foreach (var member in _members)
        {
            var assignment = constructorMembers.Contains(member.Member) ? MemberAssignment.Constructor : AssignmentOf(member.Member);
            if (assignment is null)
            {
                Report(SerializerDiagnostics.MemberNotSerializable, member.Location, member.Member.ContainingType.ToDisplayString(), member.Member.Name,
                    "it is read-only and no constructor parameter of the same name sets it");
                continue;
            }

            fields.Add(new SerializableFieldModel(member.Id, member.Member.Name, SerializableFieldModel.FormatType(member.Type), assignment.Value, member.Level));
        }

        if (!SerializerAttributes.Has(constructor, SetsRequiredMembers))
        {
            ReportUnserializedRequiredMembers(type);
        }

        return fields.ToArray();
    }

    private void Add(INamedTypeSymbol type, int level, uint id, ISymbol member, Location? location, Dictionary<uint, string> namesById, HashSet<string> seen)
    {
        if (!seen.Add(member.Name))
        {
            return; // marked on both a positional parameter and its property
        }

        if (namesById.TryGetValue(id, out var other))
        {
            Report(SerializerDiagnostics.DuplicateId, location, type.ToDisplayString(), id.ToString(System.Globalization.CultureInfo.InvariantCulture), other, member.Name);
            return;
        }

        namesById.Add(id, member.Name);
        var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
        if (ReadProblem(member) is { } problem)
        {
            Report(SerializerDiagnostics.MemberNotSerializable, location, type.ToDisplayString(), member.Name, problem);
        }
        else if (MemberTypeSupport.FindUnsupported(memberType) is { } unsupported)
        {
            Report(SerializerDiagnostics.UnsupportedMemberType, location, type.ToDisplayString(), member.Name, memberType.ToDisplayString(), unsupported.ToDisplayString());
        }
        else
        {
            _members.Add(new SerializableMember(level, id, member, memberType, location));
        }
    }

    private string? ReadProblem(ISymbol member)
    {
        if (member.IsStatic)
        {
            return "it is static";
        }

        if (member is IPropertySymbol { IsIndexer: true })
        {
            return "it is an indexer";
        }

        if (member is IPropertySymbol { GetMethod: null })
        {
            return "it has no getter";
        }

        var reader = member is IPropertySymbol property ? property.GetMethod! : member;
        return compilation.IsSymbolAccessibleWithin(reader, compilation.Assembly)
            ? null
            : "generated code cannot read it; make it public or internal";
    }

    private MemberAssignment? AssignmentOf(ISymbol member)
    {
        switch (member)
        {
            case IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true }:
                return null;
            case IFieldSymbol field:
                return field.IsRequired ? MemberAssignment.Init : MemberAssignment.Settable;
            case IPropertySymbol { SetMethod: { } setter } property when compilation.IsSymbolAccessibleWithin(setter, compilation.Assembly):
                return setter.IsInitOnly || property.IsRequired ? MemberAssignment.Init : MemberAssignment.Settable;
            default:
                return null;
        }
    }

    private void ReportUnserializedRequiredMembers(INamedTypeSymbol type)
    {
        var serialized = new HashSet<ISymbol>(_members.Select(member => member.Member), SymbolEqualityComparer.Default);
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var isRequired = member is IFieldSymbol { IsRequired: true } or IPropertySymbol { IsRequired: true };
                if (isRequired && !serialized.Contains(member))
                {
                    Report(SerializerDiagnostics.MemberNotSerializable, member.Locations.FirstOrDefault(), current.ToDisplayString(), member.Name,
                        "it is required but has no [Id], so generated code cannot set it");
                }
            }
        }
    }

    private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
