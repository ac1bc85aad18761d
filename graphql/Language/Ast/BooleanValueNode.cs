namespace Actors.GraphQL.Language;

/// <summary>
/// <c>true</c> or <c>false</c>.
/// <code>BooleanValue : one of true false</code>
/// </summary>
/// <param name="Value">The value.</param>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <inheritdoc/>
    public bool Equals(BooleanValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
