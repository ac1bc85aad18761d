using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Actors.GraphQL.Transport.GraphiQL;

/// <summary>
/// The browser files of the GraphiQL page, embedded in this assembly (see README.md beside this file for
/// their versions and licenses) and served at <c>&lt;endpoint&gt;/graphiql/&lt;name&gt;</c>, so the page
/// needs no network access beyond the endpoint.
/// </summary>
internal static class GraphiQLAssets
{
    public const string PathSegment = "graphiql";

    private const string ResourcePrefix = "Actors.GraphQL.Transport.GraphiQL.Assets.";

    private static readonly Dictionary<string, string> _contentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql-setup.js"] = "text/javascript; charset=utf-8",
        ["graphiql.LICENSE.txt"] = "text/plain; charset=utf-8",
        ["react.LICENSE.txt"] = "text/plain; charset=utf-8",
        ["react-dom.LICENSE.txt"] = "text/plain; charset=utf-8",
    };

    private static readonly ConcurrentDictionary<string, Asset> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The URL of <paramref name="name"/> under <paramref name="baseUrl"/>, versioned by its content so a
    /// browser never keeps a stale copy across upgrades.
    /// </summary>
    public static string UrlOf(string baseUrl, string name) => $"{baseUrl}{name}?v={_loaded.GetOrAdd(name, Load).Version}";

    /// <summary>Answers <c>GET &lt;endpoint&gt;/graphiql/{name}</c>: the file, 304 when the client's copy is current, or 404.</summary>
    public static async Task ServeAsync(HttpContext context, string? name)
    {
        if (name is null || !_contentTypes.TryGetValue(name, out var contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var asset = _loaded.GetOrAdd(name, Load);
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = asset.Content.Length;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, context.RequestAborted);
        }
    }

    private static Asset Load(string name)
    {
        using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The GraphiQL asset '{name}' is not embedded in {typeof(GraphiQLAssets).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        var version = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12));
        return new Asset(content, version);
    }

    private sealed record Asset(byte[] Content, string Version)
    {
        public string ETag { get; } = $"\"{Version}\"";
    }
}
