namespace Actors.GraphQL.Language;

/// <summary>
/// The literal <c>null</c>.
/// <code>NullValue : null</code>
/// </summary>
public sealed record NullValueNode() : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    /// <inheritdoc/>
    public bool Equals(NullValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
