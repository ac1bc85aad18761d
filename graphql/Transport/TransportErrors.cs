using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Transport;

/// <summary>Results for failures the transports detect themselves, before or around the executor.</summary>
internal static class TransportErrors
{
    public const string InternalErrorMessage = "An unexpected error occurred on the server.";

    public static ExecutionResult Result(string message, string code) =>
        ExecutionResult.Failed([GraphQLError.WithCode(message, code)]);

    public static ExecutionResult InternalError() => Result(InternalErrorMessage, TransportErrorCodes.InternalServerError);
}
