namespace Actors.GraphQL.Language;

/// <summary>
/// The schema definition: its root operation types.
/// <code>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="OperationTypes">The root operation types, in source order.</param>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <inheritdoc/>
    public bool Equals(SchemaDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
