namespace Actors.GraphQL.Language;

/// <summary>
/// A union type definition.
/// <code>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Types">The member types, in source order; empty when none.</param>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types)
    : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(UnionTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
