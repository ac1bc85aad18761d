namespace Actors.GraphQL.Language;

/// <summary>
/// A directive definition.
/// <code>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The arguments, in source order; empty when none.</param>
/// <param name="Repeatable">True when the directive may be applied more than once at a location.</param>
/// <param name="Locations">The locations, each one of the spec's ExecutableDirectiveLocation or TypeSystemDirectiveLocation names.</param>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations)
    : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <inheritdoc/>
    public bool Equals(DirectiveDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
