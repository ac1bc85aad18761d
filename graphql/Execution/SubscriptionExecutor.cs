using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Subscribe (spec §6.2.3): CreateSourceEventStream runs the root field's <see cref="Types.FieldDefinition.Subscriber"/>,
/// and MapSourceToResponseEvent executes the subscription's selection set once per source event.
/// </summary>
/// <remarks>
/// <para>
/// Each event runs as its own execution (its own DataLoader scope, errors and execution timeout), with the
/// event as the root field's value: when the root field also has a <see cref="Types.FieldDefinition.Resolver"/>,
/// that resolver receives the event as <see cref="ResolverContext.Parent"/> and maps it.
/// </para>
/// <para>
/// A failure before the source stream exists (bad arguments, no subscriber, the subscriber throws) is a
/// request error: <see cref="ExecutionResponse.Failed"/> with <see cref="RequestFailure.InvalidRequest"/>.
/// A source stream that fails later ends the response stream with one last result holding the error and
/// no <c>data</c>. Ending the enumeration of the response stream — disposing it, or cancelling its token —
/// cancels the token the subscriber received and disposes the source stream.
/// </para>
/// </remarks>
internal static class SubscriptionExecutor
{
    public static async Task<ExecutionResponse> SubscribeAsync(ExecutionContext context, CancellationToken cancellationToken)
    {
        SelectionPlan rootPlan;
        try
        {
            rootPlan = context.Plan.RootFields(context);
        }
        catch (ExecutionAbortedException aborted)
        {
            return ExecutionResponse.Failed(RequestFailure.InvalidRequest, ExecutionResult.Failed([aborted.Error]));
        }

        if (rootPlan.Fields.Length != 1)
        {
            return ExecutionResponse.Failed(
                RequestFailure.InvalidRequest, ExecutionResult.Failed([ExecutionErrors.SubscriptionRootFieldCount(context.Operation)]));
        }

        var field = rootPlan.Fields[0];
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var source = await CreateSourceEventStreamAsync(context, field, lifetime.Token).ConfigureAwait(false);
            return ExecutionResponse.Subscription(MapSourceToResponseEvent(context, rootPlan, source, lifetime, CancellationToken.None));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lifetime.Dispose();
            throw;
        }
        catch (Exception exception)
        {
            lifetime.Dispose();
            var error = ExecutionErrors.FieldError(exception, field, new ResponsePath(null, field.ResponseKey), context);
            return ExecutionResponse.Failed(RequestFailure.InvalidRequest, ExecutionResult.Failed([error]));
        }
    }

    /// <summary>CreateSourceEventStream / ResolveFieldEventStream: the root field's arguments, then its subscriber.</summary>
    private static async Task<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(ExecutionContext context, FieldPlan field, CancellationToken cancellationToken)
    {
        var subscriber = field.Definition.Subscriber ?? throw ExecutionErrors.NoSubscriber(field);
        var arguments = field.Arguments(context);
        var dataLoaders = new DataLoaderScope(DispatchMode.Manual, cancellationToken);
        var requestState = new ConcurrentDictionary<Type, object>();
        requestState[typeof(DataLoaderScope)] = dataLoaders;
        var resolverContext = new ResolverContext
        {
            Parent = null,
            ParentType = field.ParentType,
            Field = field.Definition,
            Selection = field.Nodes[0],
            FieldNodes = field.Nodes,
            Arguments = arguments,
            Variables = context.VariableValues,
            Request = context.Request,
            Path = new ResponsePath(null, field.ResponseKey),
            CancellationToken = cancellationToken,
            RequestState = requestState,
        };
        var pending = subscriber(resolverContext);
        IAsyncEnumerable<object?>? source;
        if (pending.IsCompletedSuccessfully)
        {
            source = pending.Result;
        }
        else
        {
            var task = pending.AsTask();
            await dataLoaders.DispatchUntilCompleteAsync(task, cancellationToken).ConfigureAwait(false);
            source = await task.ConfigureAwait(false);
        }

        return source ?? throw ExecutionErrors.NullSourceStream(field);
    }

    /// <summary>MapSourceToResponseEvent: one result per source event; owns <paramref name="lifetime"/>.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        ExecutionContext context, SelectionPlan rootPlan, IAsyncEnumerable<object?> source, CancellationTokenSource lifetime,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var link = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), lifetime);
        var field = rootPlan.Fields[0];
        var events = source.GetAsyncEnumerator(lifetime.Token);
        try
        {
            while (true)
            {
                ExecutionResult? failure = null;
                var hasEvent = false;
                try
                {
                    hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception exception)
                {
                    failure = ExecutionResult.Failed([ExecutionErrors.FieldError(exception, field, new ResponsePath(null, field.ResponseKey), context)]);
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (!hasEvent)
                {
                    yield break;
                }

                yield return await OperationExecutor.ExecuteSubscriptionEventAsync(context, rootPlan, events.Current, lifetime.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            await link.DisposeAsync().ConfigureAwait(false);
            await lifetime.CancelAsync().ConfigureAwait(false);
            await events.DisposeAsync().ConfigureAwait(false);
            lifetime.Dispose();
        }
    }
}
