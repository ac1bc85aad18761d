namespace Actors.GraphQL.Transport;

/// <summary>
/// How the GraphQL endpoint mapped by <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> serves
/// GraphQL over HTTP, graphql-transport-ws, graphql-sse and the GraphiQL page. Set with
/// <see cref="GraphQLServerServiceCollectionExtensions.AddGraphQLServer"/>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>
    /// The largest request body (HTTP POST) and the largest WebSocket message accepted, in bytes.
    /// A larger HTTP body answers 413; a larger WebSocket message closes the socket with 4400.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Whether queries may be sent with HTTP GET as plain GraphQL over HTTP (mutations never may: they
    /// answer 405). graphql-sse streams (<c>Accept: text/event-stream</c>) take GET regardless, since a
    /// browser's <c>EventSource</c> can send nothing else.
    /// </summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET</c> with an HTML-preferring <c>Accept</c> header serves the GraphiQL page.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Whether the endpoint accepts graphql-transport-ws WebSocket upgrades.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Whether <c>Accept: text/event-stream</c> requests are served as graphql-sse (distinct connections mode).</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>
    /// How often the server sends a keep-alive: a graphql-transport-ws <c>ping</c> message once the
    /// connection is acknowledged, and an SSE comment line on event streams. Zero turns keep-alives off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How long a WebSocket may stay without an acknowledged <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Decides whether a graphql-transport-ws <c>connection_init</c> is accepted (the server answers
    /// <c>connection_ack</c>) or rejected (the socket closes with 4403). Null accepts every connection
    /// with the HTTP request's user. An exception closes the socket with 4500.
    /// </summary>
    public Func<ConnectionInitContext, ValueTask<ConnectionInitResult>>? ConnectionInitAuthorizer { get; set; }

    /// <summary>
    /// How many operations (subscriptions, and queries or mutations still running) one socket may run at
    /// once; a <c>subscribe</c> beyond it is answered with an <c>error</c> message coded
    /// <c>SUBSCRIPTION_LIMIT_EXCEEDED</c>, and the socket stays open.
    /// </summary>
    public int MaxSubscriptionsPerSocket { get; set; } = 100;

    /// <summary>Throws when a value cannot work, naming the option.</summary>
    internal void Validate()
    {
        if (MaxRequestBodyBytes <= 0)
        {
            throw new InvalidOperationException($"GraphQLServerOptions.MaxRequestBodyBytes must be positive; it is {MaxRequestBodyBytes}.");
        }

        if (KeepAliveInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"GraphQLServerOptions.KeepAliveInterval must be zero (off) or positive; it is {KeepAliveInterval}.");
        }

        if (ConnectionInitTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"GraphQLServerOptions.ConnectionInitTimeout must be positive; it is {ConnectionInitTimeout}.");
        }

        if (MaxSubscriptionsPerSocket < 1)
        {
            throw new InvalidOperationException($"GraphQLServerOptions.MaxSubscriptionsPerSocket must be at least 1; it is {MaxSubscriptionsPerSocket}.");
        }
    }
}
