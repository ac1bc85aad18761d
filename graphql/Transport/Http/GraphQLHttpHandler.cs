using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP (the Stage 2 draft): POST with an <c>application/json</c> body, or GET with URL
/// parameters for queries; the response in <c>application/json</c> or
/// <c>application/graphql-response+json</c> with the status codes of <see cref="HttpStatusRules"/>.
/// Subscriptions are not run here: the executor is told so and refuses them.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLServerOptions options, ILogger logger)
{
    public async Task HandleAsync(HttpContext context, ResponseMediaType mediaType)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        var cancellationToken = context.RequestAborted;
        if (isGet && !options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await RefuseAsync(context, mediaType, new(StatusCodes.Status405MethodNotAllowed, "GET requests are not enabled on this endpoint; send a POST.", TransportErrorCodes.MethodNotAllowed));
            return;
        }

        var (request, problem) = isGet
            ? HttpRequestReader.ReadQueryString(context.Request.Query)
            : await HttpRequestReader.ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, cancellationToken);
        if (problem is not null)
        {
            await RefuseAsync(context, mediaType, problem);
            return;
        }

        var facts = new HttpRequestFacts(context, "http");
        var requestOptions = new RequestOptions
        {
            AllowMutations = !isGet,
            AllowSubscriptions = false,
            UserSource = facts,
            Services = context.RequestServices,
            ContextData = facts,
        };

        int statusCode;
        PooledBufferWriter body;
        try
        {
            var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            var response = await executor.ExecuteAsync(request!, requestOptions, cancellationToken);
            if (response.Result is not { } result)
            {
                throw new InvalidOperationException(
                    "The executor answered an HTTP request with a subscription stream although RequestOptions.AllowSubscriptions was false; it must refuse with RequestFailure.OperationNotAllowed.");
            }

            statusCode = HttpStatusRules.For(response.Failure, result, mediaType, facts);
            body = ExecutionResultWriter.WriteToPooledBuffer(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            TransportLog.ExecutorFailed(logger, exception, "HTTP", context.Request.Path);
            await HttpResponseWriter.WriteAsync(context, StatusCodes.Status500InternalServerError, mediaType, TransportErrors.InternalError());
            return;
        }

        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = isGet ? "POST" : options.EnableGetRequests ? "GET, POST" : "POST";
        }

        using (body)
        {
            await HttpResponseWriter.WriteAsync(context, statusCode, mediaType, body.WrittenMemory);
        }
    }

    private async Task RefuseAsync(HttpContext context, ResponseMediaType mediaType, HttpRequestProblem problem)
    {
        TransportLog.RequestRefused(logger, context.Request.Path, problem.StatusCode, problem.Message);
        await HttpResponseWriter.WriteProblemAsync(context, mediaType, problem);
    }
}
