namespace Actors.GraphQL.Execution;

/// <summary>
/// Looks up persisted (trusted) documents by id, for requests that send <see cref="GraphQLRequest.DocumentId"/>
/// instead of a query. Whether ad-hoc documents are still allowed is a policy for an <see cref="IRequestRule"/>
/// (see <see cref="RequestRuleContext.IsPersistedDocument"/>).
/// </summary>
public interface IPersistedDocumentStore
{
    /// <returns>The document's text, or null when no document has this id.</returns>
    ValueTask<string?> GetDocumentAsync(string documentId, CancellationToken cancellationToken);
}
