namespace Actors.GraphQL.Language;

/// <summary>
/// An enum literal: a name other than true, false and null.
/// <code>EnumValue : Name but not true, false or null</code>
/// </summary>
/// <param name="Value">The value.</param>
public sealed record EnumValueNode(string Value) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <inheritdoc/>
    public bool Equals(EnumValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
