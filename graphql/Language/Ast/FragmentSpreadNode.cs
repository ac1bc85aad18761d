namespace Actors.GraphQL.Language;

/// <summary>
/// A named fragment spread, <c>...Name</c>.
/// <code>FragmentSpread : ... FragmentName Directives?</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <inheritdoc/>
    public bool Equals(FragmentSpreadNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
