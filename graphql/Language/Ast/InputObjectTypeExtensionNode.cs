namespace Actors.GraphQL.Language;

/// <summary>
/// An input object type extension.
/// <code>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields)
    : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <inheritdoc/>
    public bool Equals(InputObjectTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
