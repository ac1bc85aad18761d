using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>An input object type; with <c>@oneOf</c>, exactly one field must be given, and not null.</summary>
public sealed class InputObjectType(string name, string? description, IReadOnlyList<DirectiveNode> directives) : INamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    public bool IsOneOf => Directives.Any(d => d.Name.Value == "oneOf");

    public InputValueDefinition? Field(string fieldName) => _byName.GetValueOrDefault(fieldName);

    internal void AddField(InputValueDefinition field)
    {
        _fields.Add(field);
        _byName[field.Name] = field;
    }

    public override string ToString() => Name;
}
