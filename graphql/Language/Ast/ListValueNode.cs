namespace Actors.GraphQL.Language;

/// <summary>
/// A list literal.
/// <code>ListValue[Const] : [ ] | [ Value[?Const]+ ]</code>
/// </summary>
/// <param name="Values">The values, in source order.</param>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <inheritdoc/>
    public bool Equals(ListValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
