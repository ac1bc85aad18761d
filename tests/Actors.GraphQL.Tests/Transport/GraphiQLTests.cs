using System.Net;
using System.Text.RegularExpressions;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// The GraphiQL page: a browser's <c>GET /graphql</c> gets HTML that loads only the endpoint's own assets
/// (so it works offline), each of which answers 200 with its content type; other clients still get GraphQL.
/// </summary>
public sealed partial class GraphiQLTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly GraphQLTestServer _server = fixture.Server;

    [Fact]
    public async Task A_browser_gets_the_page_pointed_at_the_endpoint()
    {
        using var response = await _server.Http.SendAsync(Get(BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, "text/html");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"graphiql\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_references_only_local_assets_and_each_one_is_served()
    {
        using var page = await _server.Http.SendAsync(Get(BrowserAccept));
        var html = await page.Content.ReadAsStringAsync();

        var urls = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();

        Assert.Equal(
            ["/graphql/graphiql/graphiql.min.css", "/graphql/graphiql/react.production.min.js", "/graphql/graphiql/react-dom.production.min.js", "/graphql/graphiql/graphiql.min.js", "/graphql/graphiql/graphiql-setup.js"],
            urls.Select(url => url.Split('?')[0]));
        Assert.All(urls, url => Assert.Matches(@"\?v=[0-9a-f]{24}$", url));
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var url in urls)
        {
            using var asset = await _server.Http.GetAsync(url.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(url.Contains(".css?", StringComparison.Ordinal) ? "text/css" : "text/javascript", asset.Content.Headers.ContentType?.MediaType);
            Assert.True(asset.Headers.CacheControl?.MaxAge > TimeSpan.FromDays(1), $"{url} is not cached.");
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 100, $"{url} is empty.");
        }
    }

    [Theory]
    [InlineData("graphiql.LICENSE.txt")]
    [InlineData("react.LICENSE.txt")]
    [InlineData("react-dom.LICENSE.txt")]
    public async Task The_vendored_licenses_are_served(string name)
    {
        using var response = await _server.Http.GetAsync($"graphql/graphiql/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MIT License", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_asset_answers_404()
    {
        using var response = await _server.Http.GetAsync("graphql/graphiql/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_asset_the_browser_has_answers_304()
    {
        using var first = await _server.Http.GetAsync("graphql/graphiql/graphiql-setup.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql/graphiql/graphiql-setup.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_get_query_accepting_anything_gets_graphql_not_the_page()
    {
        using var response = await _server.Http.SendAsync(Get("*/*", ("query", "{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, Json);
    }

    [Fact]
    public async Task With_graphiql_off_a_browser_gets_no_page()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableGraphiQL = false);

        using var page = await server.Http.SendAsync(Get(BrowserAccept));
        using var asset = await server.Http.GetAsync("graphql/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        AssertContentType(page, Json);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]*)""")]
    private static partial Regex AssetReference();
}
