namespace Actors.GraphQL.Language;

/// <summary>
/// One selection of a selection set.
/// <code>Selection : Field | FragmentSpread | InlineFragment</code>
/// </summary>
public abstract record SelectionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc/>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
