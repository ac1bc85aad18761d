namespace Actors.GraphQL.Language;

/// <summary>
/// One root operation type of a schema definition or extension.
/// <code>RootOperationTypeDefinition : OperationType : NamedType</code>
/// </summary>
/// <param name="Operation">Which kind of operation.</param>
/// <param name="Type">The type reference.</param>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <inheritdoc/>
    public bool Equals(OperationTypeDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
