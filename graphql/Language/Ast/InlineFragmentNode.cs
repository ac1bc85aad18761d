namespace Actors.GraphQL.Language;

/// <summary>
/// An inline fragment, with or without a type condition.
/// <code>InlineFragment : ... TypeCondition? Directives? SelectionSet</code>
/// </summary>
/// <param name="TypeCondition">The type after <c>on</c>; null when the fragment has none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet)
    : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <inheritdoc/>
    public bool Equals(InlineFragmentNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
