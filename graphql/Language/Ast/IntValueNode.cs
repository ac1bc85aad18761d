namespace Actors.GraphQL.Language;

/// <summary>
/// An integer literal, kept as its source text so that no precision is lost before coercion.
/// <code>IntValue :: IntegerPart</code>
/// </summary>
/// <param name="Value">The literal exactly as written, e.g. <c>-12</c>.</param>
public sealed record IntValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <inheritdoc/>
    public bool Equals(IntValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
