namespace Actors.GraphQL.Language;

/// <summary>
/// An object type extension.
/// <code>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The interfaces implemented, in source order; empty when none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields)
    : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    /// <inheritdoc/>
    public bool Equals(ObjectTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
