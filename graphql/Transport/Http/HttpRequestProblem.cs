namespace Actors.GraphQL.Transport.Http;

/// <summary>Why an HTTP request is not a GraphQL-over-HTTP request the endpoint can run, with the status that says so.</summary>
internal sealed record HttpRequestProblem(int StatusCode, string Message, string Code)
{
    public static HttpRequestProblem BadRequest(string message) => new(400, message, TransportErrorCodes.BadRequest);
}
