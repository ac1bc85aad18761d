namespace Actors.GraphQL.Language;

/// <summary>
/// A query, mutation or subscription. The shorthand form <c>{ ... }</c> is a query with no name, variables, directives or description.
/// <code>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Operation">Which kind of operation.</param>
/// <param name="Name">The operation name; null for an anonymous operation.</param>
/// <param name="VariableDefinitions">The variables the operation declares; empty when none.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record OperationDefinitionNode(
    StringValueNode? Description,
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet)
    : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <inheritdoc/>
    public bool Equals(OperationDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
