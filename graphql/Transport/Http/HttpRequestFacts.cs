using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Actors.GraphQL.Transport.Http;

/// <summary>
/// The <c>RequestOptions.ContextData</c> of a request over HTTP or SSE (its <see cref="HttpContext"/> and the
/// transport's name, under <see cref="GraphQLContextDataKeys"/>) and its user source, in one small object per
/// request instead of a dictionary, and without reading <c>HttpContext.User</c> until a resolver or a status rule asks.
/// </summary>
internal sealed class HttpRequestFacts(HttpContext context, string transport) : IReadOnlyDictionary<string, object?>, IRequestUserSource
{
    public ClaimsPrincipal? User => context.User;

    public int Count => 2;

    public IEnumerable<string> Keys => [GraphQLContextDataKeys.HttpContext, GraphQLContextDataKeys.Transport];

    public IEnumerable<object?> Values => [context, transport];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The HTTP request facts have no '{key}'.");

    public bool ContainsKey(string key) => key is GraphQLContextDataKeys.HttpContext or GraphQLContextDataKeys.Transport;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        switch (key)
        {
            case GraphQLContextDataKeys.HttpContext:
                value = context;
                return true;
            case GraphQLContextDataKeys.Transport:
                value = transport;
                return true;
            default:
                value = null;
                return false;
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return new(GraphQLContextDataKeys.HttpContext, context);
        yield return new(GraphQLContextDataKeys.Transport, transport);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
