using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Actors.GraphQL.Transport.Http;

/// <summary>
/// The status code of a GraphQL response over HTTP (GraphQL over HTTP, "Status Codes"):
/// <list type="bullet">
/// <item>a result with <c>data</c> (even null, even with field errors): 200;</item>
/// <item>an operation not allowed on this method (a mutation over GET): 405, whatever the media type;</item>
/// <item>not permitted: 401 for an anonymous caller, 403 for an authenticated one;</item>
/// <item>a limit coded <see cref="TransportErrorCodes.RateLimited"/>: 429;</item>
/// <item>any other request error (no <c>data</c>): 400 with <c>application/graphql-response+json</c>,
/// 200 with <c>application/json</c>, where the spec asks 200 for every well-formed request.</item>
/// </list>
/// The caller is read only for the 401/403 choice, so that other requests never build an anonymous principal.
/// </summary>
internal static class HttpStatusRules
{
    public static int For(RequestFailure failure, ExecutionResult result, ResponseMediaType mediaType, IRequestUserSource caller)
    {
        switch (failure)
        {
            case RequestFailure.None when result.HasData:
                return StatusCodes.Status200OK;
            case RequestFailure.OperationNotAllowed:
                return StatusCodes.Status405MethodNotAllowed;
            case RequestFailure.Unauthorized:
                return caller.User?.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            case RequestFailure.LimitExceeded when IsRateLimited(result):
                return StatusCodes.Status429TooManyRequests;
            default:
                return mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }
    }

    private static bool IsRateLimited(ExecutionResult result) =>
        result.Errors?.Any(error => error.Code == TransportErrorCodes.RateLimited) == true;
}
