namespace Actors.GraphQL.Language;

/// <summary>
/// An argument given to a field or directive.
/// <code>Argument[Const] : Name : Value[?Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <inheritdoc/>
    public bool Equals(ArgumentNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
