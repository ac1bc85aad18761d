using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Marketplace.Bench;

/// <summary>
/// Posts GraphQL over HTTP as a frontend does: a real <see cref="HttpClient"/> on a <see cref="SocketsHttpHandler"/>
/// with up to <c>connections</c> HTTP/1.1 connections, JSON bodies, an optional bearer token.
/// </summary>
public sealed class GraphQLHttpClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private readonly HttpClient _http;
    private readonly Uri _address;

    public GraphQLHttpClient(Uri address, int connections)
    {
        _address = address;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>POSTs one request; the response body (any status) as a JSON document the caller disposes.</summary>
    public async Task<JsonDocument> PostAsync(string query, object? variables, string? token, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, _address) { Content = content, Version = HttpVersion.Version11 };
        request.Headers.Accept.Add(GraphQLResponse);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    /// <summary>POSTs a mutation that must answer without request errors nor user errors; the mutation field's payload.</summary>
    public async Task<JsonElement> MutateAsync(string query, string field, object variables, string? token, CancellationToken cancellationToken = default)
    {
        using var document = await PostAsync(query, variables, token, cancellationToken);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{field}: {errors}");
        }

        var payload = root.GetProperty("data").GetProperty(field);
        if (payload.TryGetProperty("errors", out var userErrors) && userErrors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"{field}: {userErrors}");
        }

        return payload.Clone();
    }

    public void Dispose() => _http.Dispose();
}
