using System.Collections.ObjectModel;
using System.Security.Claims;

namespace Actors.GraphQL.Execution;

/// <summary>What a transport tells the executor about where a request came from.</summary>
public sealed class RequestOptions
{
    private readonly ClaimsPrincipal? _user;

    /// <summary>Whether a mutation may run (false for HTTP GET).</summary>
    public bool AllowMutations { get; init; } = true;

    /// <summary>Whether a subscription may run (false over plain HTTP POST/GET).</summary>
    public bool AllowSubscriptions { get; init; }

    /// <summary>The authenticated user, if any: the one given, else the one <see cref="UserSource"/> finds.</summary>
    public ClaimsPrincipal? User
    {
        get => _user ?? UserSource?.User;
        init => _user = value;
    }

    /// <summary>Where to find the user when <see cref="User"/> is read and none was given.</summary>
    public IRequestUserSource? UserSource { get; init; }

    /// <summary>Request services (the HTTP request's, or the WebSocket connection's).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Transport facts for resolvers, e.g. the WebSocket <c>connection_init</c> payload under "connectionInitPayload".</summary>
    public IReadOnlyDictionary<string, object?> ContextData { get; init; } = ReadOnlyDictionary<string, object?>.Empty;
}
