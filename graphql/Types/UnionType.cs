using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType(string name, string? description, IReadOnlyList<DirectiveNode> directives) : INamedType
{
    private readonly List<ObjectType> _types = [];

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Decides the member type of a runtime value; null: use the schema's default (by CLR type name).</summary>
    public Func<object, ObjectType?>? ResolveType { get; set; }

    internal void AddType(ObjectType type) => _types.Add(type);

    public override string ToString() => Name;
}
