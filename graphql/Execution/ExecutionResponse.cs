namespace Actors.GraphQL.Execution;

/// <summary>
/// What the executor answers to a request: one <see cref="Result"/> (queries, mutations, and every
/// failure before execution), or a <see cref="Stream"/> of results (a subscription that started).
/// </summary>
public sealed class ExecutionResponse
{
    private ExecutionResponse(ExecutionResult? result, IAsyncEnumerable<ExecutionResult>? stream, RequestFailure failure)
    {
        Result = result;
        Stream = stream;
        Failure = failure;
    }

    public ExecutionResult? Result { get; }

    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    public RequestFailure Failure { get; }

    public static ExecutionResponse Single(ExecutionResult result) => new(result, null, RequestFailure.None);

    public static ExecutionResponse Subscription(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream, RequestFailure.None);

    public static ExecutionResponse Failed(RequestFailure failure, ExecutionResult result) => new(result, null, failure);
}
