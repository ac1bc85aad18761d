using Actors.GraphQL.Language;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A document that passed validation, as the <see cref="RequestExecutor"/> keeps it between requests: its fragments
/// by name and one <see cref="OperationPlan"/> per operation, so that a request running it again neither indexes the
/// fragments nor collects the operation's fields again.
/// </summary>
internal sealed class ValidatedDocument
{
    public ValidatedDocument(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        var operations = new List<OperationPlan>();
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations.Add(new OperationPlan(operation, fragments));
            }
        }

        Document = document;
        Fragments = fragments;
        Operations = operations;
    }

    public DocumentNode Document { get; }

    /// <summary>The document's fragment definitions by name (the first of a name, should validation have let a second through).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The document's operations, in document order.</summary>
    public IReadOnlyList<OperationPlan> Operations { get; }
}
