using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Why a request was refused before execution: the <see cref="RequestFailure"/> a transport maps to a
/// status code, and the errors of the response (which has no <c>data</c>). Each error should carry an
/// <c>extensions.code</c>.
/// </summary>
public sealed record RequestRefusal(RequestFailure Failure, IReadOnlyList<GraphQLError> Errors)
{
    /// <summary>A refusal with one error coded <paramref name="code"/>.</summary>
    public static RequestRefusal Of(RequestFailure failure, string message, string code) =>
        new(failure, [GraphQLError.WithCode(message, code)]);
}
