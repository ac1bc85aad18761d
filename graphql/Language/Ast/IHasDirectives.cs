namespace Actors.GraphQL.Language;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>Directives applied to the node, in source order; empty when none.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
