using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValueDefinition(
    string name, string? description, IGraphQLType type, ValueNode? defaultValue, string? deprecationReason,
    IReadOnlyList<DirectiveNode> directives)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public IGraphQLType Type { get; } = type;

    /// <summary>The default value as written in the SDL; null when there is none.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override string ToString() => Name;
}
