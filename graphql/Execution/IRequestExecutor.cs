namespace Actors.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema: parse (or look up a persisted document), validate, apply
/// the protection limits, coerce variables, execute. The transports (HTTP, WebSocket, SSE) depend on this
/// alone. It never throws for a bad request: failures come back as <see cref="ExecutionResponse.Failed"/>.
/// </summary>
public interface IRequestExecutor
{
    Task<ExecutionResponse> ExecuteAsync(GraphQLRequest request, RequestOptions options, CancellationToken cancellationToken);
}
