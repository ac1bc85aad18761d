namespace Actors.GraphQL.Language;

/// <summary>
/// An enum type definition.
/// <code>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Values">The values, in source order.</param>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values)
    : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(EnumTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
