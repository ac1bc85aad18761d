namespace Actors.GraphQL.Language;

/// <summary>
/// A variable reference, <c>$name</c>.
/// <code>Variable : $ Name</code>
/// </summary>
/// <param name="Name">The name.</param>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <inheritdoc/>
    public bool Equals(VariableNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
