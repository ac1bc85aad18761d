namespace Actors.GraphQL.Language;

/// <summary>
/// An input object type definition.
/// <code>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Fields">The fields, in source order; empty when none.</param>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields)
    : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(InputObjectTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
