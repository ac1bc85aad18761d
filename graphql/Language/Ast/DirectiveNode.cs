namespace Actors.GraphQL.Language;

/// <summary>
/// A directive applied to a definition, selection or variable.
/// <code>Directive[Const] : @ Name Arguments[?Const]?</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The arguments, in source order; empty when none.</param>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <inheritdoc/>
    public bool Equals(DirectiveNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
