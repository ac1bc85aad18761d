namespace Actors.GraphQL.Language;

/// <summary>
/// A field selection, possibly aliased.
/// <code>Field : Alias? Name Arguments? Directives? SelectionSet?</code>
/// </summary>
/// <param name="Alias">The alias; null when the field is not aliased.</param>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The arguments, in source order; empty when none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="SelectionSet">The sub-selection; null for a leaf field.</param>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet)
    : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <inheritdoc/>
    public bool Equals(FieldNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
