using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>One value of an enum type.</summary>
public sealed class EnumValueDefinition(string name, string? description, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override string ToString() => Name;
}
