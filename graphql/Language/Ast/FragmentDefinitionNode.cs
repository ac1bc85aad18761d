namespace Actors.GraphQL.Language;

/// <summary>
/// A named fragment definition.
/// <code>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="TypeCondition">The type after <c>on</c>.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record FragmentDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet)
    : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <inheritdoc/>
    public bool Equals(FragmentDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
