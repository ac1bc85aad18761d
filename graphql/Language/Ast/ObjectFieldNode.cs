namespace Actors.GraphQL.Language;

/// <summary>
/// One field of an input object literal.
/// <code>ObjectField[Const] : Name : Value[?Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <inheritdoc/>
    public bool Equals(ObjectFieldNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
