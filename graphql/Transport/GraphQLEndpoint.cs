using Actors.GraphQL.Transport.GraphiQL;
using Actors.GraphQL.Transport.Http;
using Actors.GraphQL.Transport.Sse;
using Actors.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.GraphQL.Transport;

/// <summary>
/// The one URL of the GraphQL endpoint, dispatching by request shape: a WebSocket upgrade goes to
/// graphql-transport-ws; otherwise the <c>Accept</c> header chooses GraphiQL (<c>text/html</c> on GET),
/// graphql-sse (<c>text/event-stream</c>) or GraphQL over HTTP (the JSON media types; none acceptable: 406).
/// Only GET and POST are served (others: 405). When no WebSocket middleware ran for a request that is not a
/// POST, the endpoint runs ASP.NET Core's own for it, with the <see cref="WebSocketOptions"/> from DI.
/// </summary>
internal sealed class GraphQLEndpoint
{
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;
    private readonly GraphQLHttpHandler _http;
    private readonly ServerSentEventsHandler _serverSentEvents;
    private readonly GraphQLTransportWsHandler _webSockets;
    private readonly WebSocketMiddleware _webSocketMiddleware;

    public GraphQLEndpoint(GraphQLServerOptions options, TimeProvider time, IOptions<WebSocketOptions> webSocketOptions, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("Actors.GraphQL.Transport");
        _options = options;
        _logger = logger;
        _http = new GraphQLHttpHandler(options, logger);
        _serverSentEvents = new ServerSentEventsHandler(options, time, logger);
        _webSockets = new GraphQLTransportWsHandler(options, time, logger);
        _webSocketMiddleware = new WebSocketMiddleware(DispatchAsync, webSocketOptions, loggerFactory);
    }

    // A POST is never a WebSocket upgrade (that is a GET, or a CONNECT over HTTP/2), so it skips the
    // middleware, which would prepare a handshake for every request.
    public Task HandleAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) || context.Features.Get<IHttpWebSocketFeature>() is not null
            ? DispatchAsync(context)
            : _webSocketMiddleware.Invoke(context);

    private Task DispatchAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (_options.EnableWebSockets && !HttpMethods.IsPost(method) && context.WebSockets.IsWebSocketRequest)
        {
            return _webSockets.HandleAsync(context);
        }

        var isGet = HttpMethods.IsGet(method);
        if (!isGet && !HttpMethods.IsPost(method))
        {
            context.Response.Headers.Allow = "GET, POST";
            return RefuseAsync(context, ResponseMediaType.Json, new(StatusCodes.Status405MethodNotAllowed, $"The method {method} is not allowed; send a POST (or a GET for queries).", TransportErrorCodes.MethodNotAllowed));
        }

        var mediaType = AcceptNegotiation.Choose(
            context.Request.Headers.Accept,
            allowEventStream: _options.EnableServerSentEvents,
            allowHtml: isGet && _options.EnableGraphiQL);
        return mediaType switch
        {
            ResponseMediaType.Html => GraphiQLPage.ServeAsync(context),
            ResponseMediaType.EventStream => _serverSentEvents.HandleAsync(context),
            ResponseMediaType.None => RefuseAsync(context, ResponseMediaType.Json, new(StatusCodes.Status406NotAcceptable, NotAcceptableMessage(), TransportErrorCodes.NotAcceptable)),
            _ => _http.HandleAsync(context, mediaType),
        };
    }

    public Task HandleAssetAsync(HttpContext context)
    {
        if (!_options.EnableGraphiQL)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return GraphiQLAssets.ServeAsync(context, context.Request.RouteValues["asset"] as string);
    }

    private string NotAcceptableMessage() =>
        "The Accept header names no media type this endpoint can answer with; accept application/graphql-response+json or application/json"
        + (_options.EnableServerSentEvents ? " (or text/event-stream)." : ".");

    private Task RefuseAsync(HttpContext context, ResponseMediaType mediaType, HttpRequestProblem problem)
    {
        TransportLog.RequestRefused(_logger, context.Request.Path, problem.StatusCode, problem.Message);
        return HttpResponseWriter.WriteProblemAsync(context, mediaType, problem);
    }
}
