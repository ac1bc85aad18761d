namespace Actors.GraphQL.Language;

/// <summary>
/// An input object literal.
/// <code>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</code>
/// </summary>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <inheritdoc/>
    public bool Equals(ObjectValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
