using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>An object type: named fields, and the interfaces it implements.</summary>
public sealed class ObjectType(string name, string? description, IReadOnlyList<DirectiveNode> directives) : IFieldsType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public TypeKind Kind => TypeKind.Object;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? Field(string fieldName) => _byName.GetValueOrDefault(fieldName);

    internal void AddField(FieldDefinition field)
    {
        _fields.Add(field);
        _byName[field.Name] = field;
    }

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);

    public override string ToString() => Name;
}
