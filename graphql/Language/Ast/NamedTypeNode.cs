namespace Actors.GraphQL.Language;

/// <summary>
/// A reference to a type by name.
/// <code>NamedType : Name</code>
/// </summary>
/// <param name="Name">The name.</param>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <inheritdoc/>
    public bool Equals(NamedTypeNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
