namespace Actors.GraphQL.Language;

/// <summary>
/// The selections between braces.
/// <code>SelectionSet : { Selection+ }</code>
/// </summary>
/// <param name="Selections">The selections, in source order.</param>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <inheritdoc/>
    public bool Equals(SelectionSetNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
