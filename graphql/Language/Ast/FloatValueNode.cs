namespace Actors.GraphQL.Language;

/// <summary>
/// A float literal, kept as its source text so that no precision is lost before coercion.
/// <code>FloatValue :: IntegerPart FractionalPart? ExponentPart?</code>
/// </summary>
/// <param name="Value">The literal exactly as written, e.g. <c>1.5e10</c>.</param>
public sealed record FloatValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <inheritdoc/>
    public bool Equals(FloatValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
