namespace Actors.GraphQL.Language;

/// <summary>
/// A union type extension.
/// <code>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Types">The member types, in source order; empty when none.</param>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types)
    : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <inheritdoc/>
    public bool Equals(UnionTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
