using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.Cluster.Tests;

/// <summary>GraphQL over HTTP to one endpoint, as a frontend posts it: JSON bodies, an optional bearer token.</summary>
public sealed class GraphQLClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri Endpoint => endpoint;

    /// <summary>Posts one operation; the whole response document (data and errors).</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    /// <summary>Posts a mutation that must succeed without request or user errors; its payload.</summary>
    public async Task<JsonElement> MutateAsync(string query, string field, object variables, string? token = null)
    {
        var root = await PostAsync(query, variables, token);
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{field}: {errors}");
        }

        var payload = root.GetProperty("data").GetProperty(field);
        if (payload.TryGetProperty("errors", out var userErrors) && userErrors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"{field}: {userErrors}");
        }

        return payload;
    }

    public void Dispose() => _http.Dispose();
}
