namespace Actors.GraphQL.Language;

/// <summary>
/// An interface type extension.
/// <code>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The interfaces implemented, in source order; empty when none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <inheritdoc/>
    public bool Equals(InterfaceTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
