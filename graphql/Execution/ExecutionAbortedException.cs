using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>Execution cannot go on at all (a document validation should have refused): the response is this error and <c>data: null</c>.</summary>
internal sealed class ExecutionAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
