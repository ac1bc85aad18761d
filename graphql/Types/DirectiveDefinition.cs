namespace Actors.GraphQL.Types;

/// <summary>A directive the schema defines: where it may appear, its arguments, whether it repeats.</summary>
public sealed class DirectiveDefinition(
    string name, string? description, IReadOnlyList<InputValueDefinition> arguments, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    public bool IsRepeatable { get; } = isRepeatable;

    public InputValueDefinition? Argument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);

    public override string ToString() => "@" + Name;
}

/// <summary>The spec's directive locations, executable and type-system.</summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
}
