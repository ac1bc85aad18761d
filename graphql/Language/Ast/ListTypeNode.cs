namespace Actors.GraphQL.Language;

/// <summary>
/// A list type reference, <c>[Type]</c>.
/// <code>ListType : [ Type ]</code>
/// </summary>
/// <param name="Type">The item type.</param>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <inheritdoc/>
    public bool Equals(ListTypeNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
