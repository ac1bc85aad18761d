namespace Actors.GraphQL.Language;

/// <summary>
/// A schema extension.
/// <code>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</code>
/// </summary>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="OperationTypes">The root operation types, in source order.</param>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes)
    : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <inheritdoc/>
    public bool Equals(SchemaExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
