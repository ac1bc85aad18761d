namespace Actors.GraphQL.Language;

/// <summary>
/// An interface type definition; interfaces may implement interfaces.
/// <code>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The interfaces implemented, in source order; empty when none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(InterfaceTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
