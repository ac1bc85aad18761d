using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Executes one operation, or one subscription event, into one <see cref="ExecutionResult"/> (spec §6.2
/// ExecuteQuery / ExecuteMutation / ExecuteSubscriptionEvent, §6.3 ExecuteSelectionSet, §6.4 ExecuteField).
/// </summary>
/// <remarks>
/// <para>
/// Fields run level by level, so that DataLoaders batch: a level is every object whose value is known, and
/// the work of a level is every field of those objects. <see cref="ExecuteLevelsAsync"/> resolves each of them
/// on this thread; a value resolved at once is completed at once (its objects join the next level), a resolver
/// that has not finished is kept (<see cref="PendingField"/>), so sibling fields and the same field on every
/// item of a list run concurrently. Then the request's <see cref="DataLoaderScope"/> is driven with
/// <see cref="DataLoaderScope.DispatchUntilCompleteAsync"/> until all of those are done — one batch per loader
/// per level — and their values are completed. Mutations run their top-level fields serially
/// (<see cref="ExecuteFieldsSeriallyAsync"/>): each one with its whole subtree before the next starts.
/// </para>
/// <para>
/// Errors: a field error nulls the field, or, when the field is non-null, the nearest nullable ancestor
/// (<see cref="HandleFieldError"/>); fields below a nulled object are not executed any further.
/// </para>
/// <para>
/// Timeout: when <see cref="RequestExecutorOptions.ExecutionTimeout"/> passes, each field whose resolver is
/// still running is nulled with an <c>EXECUTION_TIMEOUT</c> error at its path, fields that had not started
/// are nulled without running (one more <c>EXECUTION_TIMEOUT</c> error counts them), null propagation applies,
/// and the data completed so far is returned. Resolvers see the timeout through their cancellation token.
/// When the request's own token is cancelled, <see cref="OperationCanceledException"/> is thrown instead.
/// </para>
/// </remarks>
internal sealed partial class OperationExecutor
{
    private readonly ExecutionContext _context;
    private readonly CancellationToken _requestToken;
    private readonly ExecutionScope _scope;
    private readonly ResultMap _data;
    private readonly bool _hasEvent;
    private List<GraphQLError>? _errors;
    private List<PendingField>? _pending;
    private bool _timedOut;
    private bool _anyNulled;
    private int _notExecuted;

    private OperationExecutor(
        ExecutionContext context, SelectionPlan rootPlan, bool hasEvent, object? subscriptionEvent, CancellationToken requestToken, ExecutionScope scope)
    {
        _context = context;
        _requestToken = requestToken;
        _scope = scope;
        _data = new ResultMap(rootPlan, subscriptionEvent, null, 0);
        _hasEvent = hasEvent;
    }

    /// <summary>ExecuteQuery or ExecuteMutation: the operation's root selection set on a null root value.</summary>
    public static ValueTask<ExecutionResult> ExecuteOperationAsync(
        ExecutionContext context, IReadOnlyDictionary<string, object?>? extensions, CancellationToken cancellationToken)
    {
        SelectionPlan rootPlan;
        try
        {
            rootPlan = context.Plan.RootFields(context);
        }
        catch (ExecutionAbortedException aborted)
        {
            return ValueTask.FromResult(ExecutionResult.Executed(null, [aborted.Error], extensions));
        }

        var serially = context.Operation.Operation == Language.OperationType.Mutation;
        return ExecuteAsync(context, rootPlan, serially, hasEvent: false, subscriptionEvent: null, extensions, cancellationToken);
    }

    /// <summary>ExecuteSubscriptionEvent: the subscription's root selection set with <paramref name="subscriptionEvent"/> as its field's value.</summary>
    public static ValueTask<ExecutionResult> ExecuteSubscriptionEventAsync(
        ExecutionContext context, SelectionPlan rootPlan, object? subscriptionEvent, CancellationToken cancellationToken) =>
        ExecuteAsync(context, rootPlan, serially: false, hasEvent: true, subscriptionEvent, extensions: null, cancellationToken);

    private static async ValueTask<ExecutionResult> ExecuteAsync(
        ExecutionContext context, SelectionPlan rootPlan, bool serially, bool hasEvent, object? subscriptionEvent,
        IReadOnlyDictionary<string, object?>? extensions, CancellationToken cancellationToken)
    {
        using var scope = new ExecutionScope(cancellationToken, context.Options.ExecutionTimeout, context.Options.TimeProvider);
        var executor = new OperationExecutor(context, rootPlan, hasEvent, subscriptionEvent, cancellationToken, scope);
        try
        {
            if (serially)
            {
                await executor.ExecuteFieldsSeriallyAsync().ConfigureAwait(false);
            }
            else
            {
                var root = new ExecutionLevel();
                root.Add(executor._data);
                await executor.ExecuteLevelsAsync(root).ConfigureAwait(false);
            }
        }
        catch (ExecutionAbortedException aborted)
        {
            return ExecutionResult.Executed(null, [aborted.Error], extensions);
        }

        return executor.BuildResult(extensions);
    }

    /// <summary>ExecuteSelectionSet "serially" (mutations): each root field and its subtree completes before the next starts.</summary>
    private async Task ExecuteFieldsSeriallyAsync()
    {
        for (var field = 0; field < _data.Plan!.Fields.Length; field++)
        {
            if (_scope.IsCancellationRequested)
            {
                OnCancelled();
            }

            if (_timedOut)
            {
                SkipNotStarted(_data, field);
                return;
            }

            var next = new ExecutionLevel();
            ExecuteField(_data, field, next);
            if (_pending is { Count: > 0 })
            {
                await CompletePendingAsync(next).ConfigureAwait(false);
            }

            await ExecuteLevelsAsync(next).ConfigureAwait(false);
        }
    }

    /// <summary>Executes every field of the objects of level <paramref name="first"/>, and every level below them.</summary>
    private async Task ExecuteLevelsAsync(ExecutionLevel first)
    {
        var (level, next) = (first, new ExecutionLevel());
        while (level.First is not null)
        {
            if (_scope.IsCancellationRequested)
            {
                OnCancelled();
            }

            if (_timedOut)
            {
                for (var target = level.First; target is not null; target = target.NextInLevel)
                {
                    SkipNotStarted(target, 0);
                }

                return;
            }

            for (var target = level.First; target is not null; target = target.NextInLevel)
            {
                var fields = target.Plan!.Fields.Length;
                for (var field = 0; field < fields && !IsDetached(target); field++)
                {
                    ExecuteField(target, field, next);
                }
            }

            if (_pending is { Count: > 0 })
            {
                await CompletePendingAsync(next).ConfigureAwait(false);
            }

            (level, next) = (next, level);
            next.Clear();
        }
    }

    /// <summary>Waits for the level's pending resolvers while dispatching the DataLoaders they use, then completes their values.</summary>
    private async Task CompletePendingAsync(ExecutionLevel next)
    {
        var pending = _pending!;
        _pending = null;
        Task work;
        if (pending.Count == 1)
        {
            work = pending[0].Resolving;
        }
        else
        {
            var tasks = new Task[pending.Count];
            for (var i = 0; i < tasks.Length; i++)
            {
                tasks[i] = pending[i].Resolving;
            }

            work = Task.WhenAll(tasks);
        }

        try
        {
            await _scope.DataLoaders.DispatchUntilCompleteAsync(work, _scope.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_scope.IsCancellationRequested)
        {
            OnCancelled();
        }
        catch (Exception)
        {
            // A failed resolver is reported on its own field below, which reads every task.
        }

        foreach (var (target, field, task) in pending)
        {
            if (!IsDetached(target))
            {
                CompletePendingField(target, field, task, next);
            }
        }
    }

    /// <summary>The request was cancelled (throws) or the execution timed out (remembered).</summary>
    private void OnCancelled()
    {
        _requestToken.ThrowIfCancellationRequested();
        if (!_timedOut)
        {
            _timedOut = true;
            ExecutionLog.TimedOut(_context.Logger, _context.Operation.Operation.ToString(), _context.Options.ExecutionTimeout);
        }
    }

    /// <summary>After a timeout: the fields of <paramref name="target"/> from <paramref name="first"/> on never run; their slots are nulled.</summary>
    private void SkipNotStarted(ResultMap target, int first)
    {
        for (var field = first; field < target.Plan!.Fields.Length && !IsDetached(target); field++)
        {
            _notExecuted++;
            NullSlot(target, field);
        }
    }

    private ExecutionResult BuildResult(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (_notExecuted > 0)
        {
            (_errors ??= []).Add(ExecutionErrors.NotExecuted(_context.Options.ExecutionTimeout, _notExecuted));
        }

        return ExecutionResult.Executed(_data.IsNulled ? null : _data, _errors, extensions);
    }
}
