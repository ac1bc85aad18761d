using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Actors.GraphQL.Transport.GraphiQL;

/// <summary>
/// The GraphiQL IDE page, answered to a <c>GET</c> on the endpoint that prefers <c>text/html</c>. It loads
/// only the endpoint's own <see cref="GraphiQLAssets"/> and points GraphiQL at the endpoint: HTTP for
/// queries and mutations, graphql-transport-ws for subscriptions.
/// </summary>
internal static class GraphiQLPage
{
    public static async Task ServeAsync(HttpContext context)
    {
        var endpoint = (context.Request.PathBase + context.Request.Path).Value?.TrimEnd('/') ?? string.Empty;
        var html = Render(endpoint);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        var body = Encoding.UTF8.GetBytes(html);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The page for the endpoint at <paramref name="endpointPath"/> (e.g. <c>/graphql</c>).</summary>
    public static string Render(string endpointPath)
    {
        var encoder = HtmlEncoder.Default;
        var assets = endpointPath + "/" + GraphiQLAssets.PathSegment + "/";
        string Asset(string name) => encoder.Encode(GraphiQLAssets.UrlOf(assets, name));
        var endpoint = encoder.Encode(endpointPath);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>GraphiQL</title>
              <link rel="stylesheet" href="{{Asset("graphiql.min.css")}}">
              <style>html, body, #graphiql { height: 100%; margin: 0; overflow: hidden; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{endpoint}}">Loading GraphiQL…</div>
              <script src="{{Asset("react.production.min.js")}}"></script>
              <script src="{{Asset("react-dom.production.min.js")}}"></script>
              <script src="{{Asset("graphiql.min.js")}}"></script>
              <script src="{{Asset("graphiql-setup.js")}}"></script>
            </body>
            </html>
            """;
    }
}
