namespace Actors.GraphQL.Language;

/// <summary>
/// A scalar type definition.
/// <code>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives)
    : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(ScalarTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
