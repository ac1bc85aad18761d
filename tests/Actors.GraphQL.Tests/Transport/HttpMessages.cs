using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>Builds GraphQL-over-HTTP requests and reads their responses, for the HTTP and SSE tests.</summary>
public static class HttpMessages
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A POST to <c>/graphql</c> with <paramref name="body"/> as given (not re-encoded).</summary>
    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>A POST of <c>{"query": query}</c>.</summary>
    public static HttpRequestMessage PostQuery(string query, string? accept = null) =>
        Post(JsonSerializer.Serialize(new { query }), accept);

    /// <summary>A GET of <c>/graphql?…</c> with the parameters URL-encoded.</summary>
    public static HttpRequestMessage Get(string? accept, params (string Name, string Value)[] parameters)
    {
        var query = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql" + (query.Length > 0 ? "?" + query : string.Empty));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static string? FirstErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public static void AssertContentType(HttpResponseMessage response, string mediaType)
    {
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}
