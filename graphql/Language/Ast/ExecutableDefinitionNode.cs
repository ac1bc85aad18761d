namespace Actors.GraphQL.Language;

/// <summary>
/// An operation or a fragment definition.
/// <code>ExecutableDefinition : OperationDefinition | FragmentDefinition</code>
/// </summary>
public abstract record ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public abstract StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    /// <summary>The definition's selections.</summary>
    public abstract SelectionSetNode SelectionSet { get; init; }
}
