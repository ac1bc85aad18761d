using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Transport.Sse;

/// <summary>
/// graphql-sse, distinct connections mode: a GraphQL-over-HTTP request (POST, or GET for queries and
/// subscriptions) with <c>Accept: text/event-stream</c> is answered with an event stream of <c>next</c>
/// events and a final <c>complete</c>. As the protocol requires, GraphQL request errors the executor
/// reports before execution (parse, validation, coercion, limits) travel as a <c>next</c> event on an
/// accepted stream. Refusals of the HTTP request itself keep the status plain HTTP gives them: not a
/// well-formed GraphQL-over-HTTP request (400, 413, 415), a mutation over GET (405), not permitted
/// (401/403), rate limited (429). The stream ends when the operation completes or the client leaves.
/// </summary>
internal sealed class ServerSentEventsHandler(GraphQLServerOptions options, TimeProvider time, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        var cancellationToken = context.RequestAborted;
        var (request, problem) = isGet
            ? HttpRequestReader.ReadQueryString(context.Request.Query)
            : await HttpRequestReader.ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, cancellationToken);
        if (problem is not null)
        {
            TransportLog.RequestRefused(logger, context.Request.Path, problem.StatusCode, problem.Message);
            await HttpResponseWriter.WriteProblemAsync(context, ResponseMediaType.Json, problem);
            return;
        }

        var facts = new HttpRequestFacts(context, "sse");
        var requestOptions = new RequestOptions
        {
            AllowMutations = !isGet,
            AllowSubscriptions = true,
            UserSource = facts,
            Services = context.RequestServices,
            ContextData = facts,
        };

        ExecutionResponse? response = null;
        try
        {
            var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            response = await executor.ExecuteAsync(request!, requestOptions, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            TransportLog.ExecutorFailed(logger, exception, "SSE", context.Request.Path);
        }

        if (response is { Failure: not RequestFailure.None, Result: { } refused }
            && HttpStatusRules.For(response.Failure, refused, ResponseMediaType.Json, facts) is not StatusCodes.Status200OK and var status)
        {
            // Refused as an HTTP request (a mutation over GET, not permitted, rate limited): as plain HTTP says.
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            await HttpResponseWriter.WriteAsync(context, status, ResponseMediaType.Json, refused);
            return;
        }

        try
        {
            await ServerSentEventStream.StartAsync(context.Response, cancellationToken);
            await using var stream = new ServerSentEventStream(context.Response, options.KeepAliveInterval, time, cancellationToken);
            await StreamAsync(context, response, stream, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client closed the stream: that is how it stops a subscription.
        }
        catch (IOException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task StreamAsync(HttpContext context, ExecutionResponse? response, ServerSentEventStream stream, CancellationToken cancellationToken)
    {
        try
        {
            switch (response)
            {
                case { Stream: { } results }:
                    await foreach (var result in results.WithCancellation(cancellationToken))
                    {
                        await stream.WriteNextAsync(result, cancellationToken);
                    }

                    break;
                case { Result: { } result }:
                    await stream.WriteNextAsync(result, cancellationToken);
                    break;
                default:
                    // The executor threw (logged above) or answered nothing.
                    await stream.WriteNextAsync(TransportErrors.InternalError(), cancellationToken);
                    break;
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            TransportLog.EventStreamFailed(logger, exception, context.Request.Path);
            await stream.WriteNextAsync(TransportErrors.InternalError(), cancellationToken);
        }

        await stream.WriteCompleteAsync(cancellationToken);
    }
}
