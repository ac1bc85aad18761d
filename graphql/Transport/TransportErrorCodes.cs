namespace Actors.GraphQL.Transport;

/// <summary>
/// The <c>extensions.code</c> values the transports put on the errors they make themselves (the executor
/// codes its own errors).
/// </summary>
public static class TransportErrorCodes
{
    /// <summary>The HTTP request is not a well-formed GraphQL-over-HTTP request (bad JSON, wrong parameter types, no query): 400.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The POST body is not <c>application/json</c> in UTF-8: 415.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The <c>Accept</c> header names no media type the endpoint can answer with: 406.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The request body is larger than <see cref="GraphQLServerOptions.MaxRequestBodyBytes"/>: 413.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The HTTP method is not served (e.g. PUT, or GET when GET requests are off): 405.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>An unexpected exception: 500 over HTTP, an error event over SSE (WebSockets close with 4500).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A graphql-transport-ws <c>subscribe</c> beyond <see cref="GraphQLServerOptions.MaxSubscriptionsPerSocket"/>.</summary>
    public const string SubscriptionLimitExceeded = "SUBSCRIPTION_LIMIT_EXCEEDED";

    /// <summary>
    /// When the executor fails a request with <c>RequestFailure.LimitExceeded</c> and one of its errors
    /// carries this code, HTTP answers 429 Too Many Requests instead of 400.
    /// </summary>
    public const string RateLimited = "RATE_LIMITED";
}
