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

    public static async Task<(GraphQLRequest? Request, HttpRequestProblem? Problem)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
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

        var body = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 4096, 1, Math.Min(maxBytes + 1, 1 << 20)));
        try
        {
            while (true)
            {
                var read = await request.Body.ReadAsync(body.GetMemory(4096), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                body.Advance(read);
                if (body.WrittenCount > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }
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

        return ParseBody(body.WrittenMemory);
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

    private static (GraphQLRequest? Request, HttpRequestProblem? Problem) ParseBody(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, HttpRequestProblem.BadRequest("The request body is empty; send a JSON object with a 'query'."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, _jsonOptions);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (line {line + 1}, byte {exception.BytePositionInLine + 1})" : string.Empty;
            return (null, HttpRequestProblem.BadRequest($"The request body is not valid JSON{where}."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (null, HttpRequestProblem.BadRequest("Batched requests (a JSON array) are not supported; send one request object."));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, HttpRequestProblem.BadRequest("The request body must be a JSON object with a 'query'."));
            }

            var request = GraphQLRequestReader.Read(root, out var error);
            return request is null ? (null, HttpRequestProblem.BadRequest(error!)) : (request, null);
        }
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
