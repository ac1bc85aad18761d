using System.Collections.Concurrent;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>
/// An enum type. Values travel as their names; a .NET enum whose member names match (case-insensitively,
/// ignoring underscores) serializes to them too.
/// </summary>
public sealed class EnumType(string name, string? description, IReadOnlyList<DirectiveNode> directives) : INamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);

    /// <summary>The names .NET enum members serialized to (a member that has none is not kept).</summary>
    private readonly ConcurrentDictionary<Enum, string> _namesOfMembers = new();

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? Value(string valueName) => _byName.GetValueOrDefault(valueName);

    /// <summary>Output coercion: the value's name, or a <see cref="CoercionException"/>. A .NET enum value's name is found once.</summary>
    public string Serialize(object value)
    {
        if (value is Enum member)
        {
            return _namesOfMembers.TryGetValue(member, out var known) ? known : _namesOfMembers.GetOrAdd(member, NameOf(member.ToString()));
        }

        return value is string text
            ? NameOf(text)
            : throw new CoercionException($"Enum \"{Name}\" cannot represent value: {value}");
    }

    private string NameOf(string text)
    {
        if (_byName.ContainsKey(text))
        {
            return text;
        }

        foreach (var candidate in _values)
        {
            if (string.Equals(candidate.Name.Replace("_", ""), text.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Name;
            }
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {text}");
    }

    internal void AddValue(EnumValueDefinition value)
    {
        _values.Add(value);
        _byName[value.Name] = value;
    }

    public override string ToString() => Name;
}
