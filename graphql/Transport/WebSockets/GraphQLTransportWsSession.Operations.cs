using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static Actors.GraphQL.Transport.WebSockets.GraphQLTransportWsProtocol;

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>
/// The <c>subscribe</c> side of the session: each operation runs on its own task and answers with
/// <c>next</c> messages then <c>complete</c>, or with one <c>error</c> message when the executor refused
/// the request before execution. A client <c>complete</c> cancels the operation's token, which stops the
/// enumeration of a subscription; nothing more is sent for it.
/// </summary>
internal sealed partial class GraphQLTransportWsSession
{
    private async Task SubscribeAsync(ClientMessage message)
    {
        if (Volatile.Read(ref _connectionState) != Acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, CloseReasons.Unauthorized);
            return;
        }

        var id = message.Id!;
        if (_operations.ContainsKey(id))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, CloseReasons.SubscriberAlreadyExists(id));
            return;
        }

        if (_operations.Count >= _options.MaxSubscriptionsPerSocket)
        {
            var limit = GraphQLError.WithCode(
                $"This socket already runs {_options.MaxSubscriptionsPerSocket} operations, the most it may; complete one first.",
                TransportErrorCodes.SubscriptionLimitExceeded);
            await SendAsync(ServerMessages.Error(id, [limit]));
            return;
        }

        var operation = new SocketOperation(id, _sessionEnd.Token);
        _operations[id] = operation;
        Track(Task.Run(() => RunOperationAsync(operation, message.Request!)));
    }

    private async Task RunOperationAsync(SocketOperation operation, GraphQLRequest request)
    {
        var cancellationToken = operation.Token;
        try
        {
            var options = new RequestOptions
            {
                AllowMutations = true,
                AllowSubscriptions = true,
                User = _user,
                Services = _httpContext.RequestServices,
                ContextData = _contextData,
            };
            var executor = _httpContext.RequestServices.GetRequiredService<IRequestExecutor>();
            var response = await executor.ExecuteAsync(request, options, cancellationToken);
            switch (response)
            {
                case { Stream: { } results }:
                    var nextPrefix = ServerMessages.NextPrefix(operation.Id);
                    await foreach (var result in results.WithCancellation(cancellationToken))
                    {
                        await SendNextAsync(operation, nextPrefix, result);
                    }

                    await SendToOperationAsync(operation, ServerMessages.Complete(operation.Id));
                    break;
                case { Failure: RequestFailure.None, Result: { HasData: true } result }:
                    await SendNextAsync(operation, ServerMessages.NextPrefix(operation.Id), result);
                    await SendToOperationAsync(operation, ServerMessages.Complete(operation.Id));
                    break;
                case { Result: { } refused }:
                    await SendToOperationAsync(operation, ServerMessages.Error(operation.Id, ErrorsOf(refused)));
                    break;
                default:
                    throw new InvalidOperationException("The executor answered with neither a result nor a stream.");
            }
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested || IsClosing || IsSocketGone(exception))
        {
            // Completed by the client, or the socket is closing: nothing more is sent for this operation.
        }
        catch (Exception exception)
        {
            TransportLog.SocketFailed(_logger, exception, _httpContext.Request.Path);
            await CloseAsync(CloseCodes.InternalServerError, CloseReasons.InternalServerError);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, SocketOperation>(operation.Id, operation));
            operation.Dispose();
        }
    }

    /// <summary>Sends a message of the operation unless the client completed it meanwhile.</summary>
    private async Task SendToOperationAsync(SocketOperation operation, ReadOnlyMemory<byte> message)
    {
        operation.Token.ThrowIfCancellationRequested();
        await SendAsync(message);
    }

    /// <summary>Sends one result as a <c>next</c> message of the operation, from a pooled buffer returned once sent.</summary>
    private async Task SendNextAsync(SocketOperation operation, byte[] prefix, ExecutionResult result)
    {
        using var message = ServerMessages.Next(prefix, result);
        await SendToOperationAsync(operation, message.WrittenMemory);
    }

    private static IReadOnlyList<GraphQLError> ErrorsOf(ExecutionResult refused) =>
        refused.Errors is { Count: > 0 } errors
            ? errors
            : [GraphQLError.WithCode("The request could not be executed.", TransportErrorCodes.BadRequest)];
}
