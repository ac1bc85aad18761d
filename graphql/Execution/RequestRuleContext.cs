using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>What an <see cref="IRequestRule"/> sees: the request, the validated document, the operation that will run and its coerced variables.</summary>
public sealed class RequestRuleContext
{
    private Dictionary<string, object?>? _responseExtensions;

    internal RequestRuleContext(
        Schema schema, GraphQLRequest request, RequestOptions options, DocumentNode document, bool isPersistedDocument,
        OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        Schema = schema;
        Request = request;
        Options = options;
        Document = document;
        IsPersistedDocument = isPersistedDocument;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
    }

    public Schema Schema { get; }

    /// <summary>The request as the transport received it (document text, persisted id, extensions).</summary>
    public GraphQLRequest Request { get; }

    /// <summary>What the transport said about the request: user, services, allowed operation types.</summary>
    public RequestOptions Options { get; }

    public DocumentNode Document { get; }

    /// <summary>True when the document came from <see cref="RequestExecutorOptions.PersistedDocuments"/> by <see cref="GraphQLRequest.DocumentId"/>.</summary>
    public bool IsPersistedDocument { get; }

    /// <summary>The operation that will run.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The document's fragments by name, for rules that walk the selections.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values (the same values resolvers will see).</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>
    /// Entries a rule adds to the response's <c>extensions</c> (e.g. a cost report); they are written on
    /// the result of a query or mutation, not on subscription events.
    /// </summary>
    public IDictionary<string, object?> ResponseExtensions => _responseExtensions ??= new(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, object?>? ResponseExtensionsOrNull => _responseExtensions is { Count: > 0 } extensions ? extensions : null;
}
