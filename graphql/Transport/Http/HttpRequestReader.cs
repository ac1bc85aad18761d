using System.Buffers;
using System.Text.Json;
using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Actors.GraphQL.Transport.Http;

/// <summary>
/// Turns an HTTP request into a <see cref="GraphQLRequest"/>: a POST body in <c>application/json</c>
/// (UTF-8), or the URL query parameters of a GET (<c>variables</c> and <c>extensions</c> as JSON strings).
/// </summary>
internal static class HttpRequestReader
{
    private static readonly JsonDocumentOptions _jsonOptions = new() { MaxDepth = 64 };
    private static readonly JsonReaderOptions _readerOptions = new() { MaxDepth = 64 };

    public static async ValueTask<(GraphQLRequest? Request, HttpRequestProblem? Problem)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (ContentTypeProblem(request.ContentType) is { } contentTypeProblem)
        {
            return (null, contentTypeProblem);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            // Kestrel then also stops a chunked body that grows past the limit.
            sizeFeature.MaxRequestBodySize = maxBytes + 1;
        }

        // The body stays in the request's pipe buffers and is parsed there, however many segments it spans.
        var bodyReader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await bodyReader.ReadAsync(cancellationToken);
                var body = read.Buffer;
                if (body.Length > maxBytes)
                {
                    bodyReader.AdvanceTo(body.End);
                    return (null, TooLarge(maxBytes));
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return ParseBody(body);
                    }
                    finally
                    {
                        bodyReader.AdvanceTo(body.End);
                    }
                }

                bodyReader.AdvanceTo(body.Start, body.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (BadHttpRequestException)
        {
            return (null, HttpRequestProblem.BadRequest("The request body could not be read."));
        }
    }

    public static (GraphQLRequest? Request, HttpRequestProblem? Problem) ReadQueryString(IQueryCollection query)
    {
        if (!TryGetSingle(query, "query", out var document, out var problem)
            || !TryGetSingle(query, "operationName", out var operationName, out problem)
            || !TryGetSingle(query, "documentId", out var documentId, out problem)
            || !TryGetSingle(query, "variables", out var variablesText, out problem)
            || !TryGetSingle(query, "extensions", out var extensionsText, out problem)
            || !TryParseMap("variables", variablesText, out var variables, out problem)
            || !TryParseMap("extensions", extensionsText, out var extensions, out problem))
        {
            return (null, problem);
        }

        var request = GraphQLRequestReader.Create(document, operationName, variables, extensions, documentId, out var error);
        return request is null ? (null, HttpRequestProblem.BadRequest(error!)) : (request, null);
    }

    private static HttpRequestProblem? ContentTypeProblem(string? contentType)
    {
        // What clients send nearly always, accepted without parsing the header into a MediaTypeHeaderValue.
        if (contentType is not null
            && (contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || contentType.Equals("application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase)
                || contentType.Equals("application/json;charset=utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new(415, "A POST request needs a Content-Type header; send the request as application/json.", TransportErrorCodes.UnsupportedMediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new(415, $"The Content-Type '{contentType}' is not supported; send the request as application/json.", TransportErrorCodes.UnsupportedMediaType);
        }

        var charset = mediaType.Charset;
        if (charset.HasValue
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new(415, $"The charset '{charset}' is not supported; send the request body in UTF-8.", TransportErrorCodes.UnsupportedMediaType);
        }

        return null;
    }

    private static (GraphQLRequest? Request, HttpRequestProblem? Problem) ParseBody(ReadOnlySequence<byte> body)
    {
        if (StartsWithByteOrderMark(body))
        {
            body = body.Slice(3);
        }

        if (IsBlank(body))
        {
            return (null, HttpRequestProblem.BadRequest("The request body is empty; send a JSON object with a 'query'."));
        }

        // All of the input is read, even after a problem is found, so that malformed JSON anywhere is reported
        // first: the messages are those of a JsonDocument parse of the whole body followed by a look at it.
        var reader = new Utf8JsonReader(body, _readerOptions);
        GraphQLRequest? request = null;
        string? problem;
        try
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    request = GraphQLRequestReader.Read(ref reader, out problem);
                    break;
                case JsonTokenType.StartArray:
                    reader.Skip();
                    problem = "Batched requests (a JSON array) are not supported; send one request object.";
                    break;
                default:
                    reader.Skip();
                    problem = "The request body must be a JSON object with a 'query'.";
                    break;
            }

            // Past the one value there may only be white space; anything else makes the reader throw.
            reader.Read();
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, byte {exception.BytePositionInLine + 1})" : string.Empty;
            return (null, HttpRequestProblem.BadRequest($"The request body is not valid JSON{where}."));
        }

        return request is null ? (null, HttpRequestProblem.BadRequest(problem!)) : (request, null);
    }

    private static bool StartsWithByteOrderMark(ReadOnlySequence<byte> body)
    {
        if (body.First.Length >= 3 || body.Length < 3)
        {
            return body.FirstSpan.StartsWith("\uFEFF"u8);
        }

        Span<byte> head = stackalloc byte[3];
        body.Slice(0, 3).CopyTo(head);
        return head.SequenceEqual("\uFEFF"u8);
    }

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetSingle(IQueryCollection query, string name, out string? value, out HttpRequestProblem? problem)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            value = null;
            problem = HttpRequestProblem.BadRequest($"The '{name}' parameter is given more than once.");
            return false;
        }

        value = values.Count == 1 ? values[0] : null;
        problem = null;
        return true;
    }

    private static bool TryParseMap(string name, string? text, out JsonElement? map, out HttpRequestProblem? problem)
    {
        map = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, _jsonOptions);
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Object:
                    map = document.RootElement.Clone();
                    return true;
                case JsonValueKind.Null:
                    return true;
            }
        }
        catch (JsonException)
        {
        }

        problem = HttpRequestProblem.BadRequest($"The '{name}' parameter must be a JSON-encoded object.");
        return false;
    }

    private static HttpRequestProblem TooLarge(long maxBytes) =>
        new(413, $"The request body is larger than the limit of {maxBytes} bytes.", TransportErrorCodes.PayloadTooLarge);
}
