using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Actors.GraphQL.Transport.Http;

/// <summary>Writes a GraphQL response body in the negotiated JSON media type, always UTF-8 and saying so.</summary>
internal static class HttpResponseWriter
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string GraphQLResponseJsonContentType = "application/graphql-response+json; charset=utf-8";

    // Header values made once, so that setting them on each response allocates nothing.
    private static readonly StringValues _jsonContentType = JsonContentType;
    private static readonly StringValues _graphQLResponseJsonContentType = GraphQLResponseJsonContentType;
    private static readonly StringValues _varyAccept = HeaderNames.Accept;

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        using var body = ExecutionResultWriter.WriteToPooledBuffer(result);
        await WriteAsync(context, statusCode, mediaType, body.WrittenMemory);
    }

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        var headers = response.Headers;
        headers.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? _graphQLResponseJsonContentType : _jsonContentType;
        response.ContentLength = body.Length;
        headers.Vary = StringValues.Concat(headers.Vary, _varyAccept);
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static Task WriteProblemAsync(HttpContext context, ResponseMediaType mediaType, HttpRequestProblem problem) =>
        WriteAsync(context, problem.StatusCode, mediaType, TransportErrors.Result(problem.Message, problem.Code));
}
