using System.Collections.Concurrent;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Executes one operation, or one subscription event, into one <see cref="ExecutionResult"/> (spec §6.2
/// ExecuteQuery / ExecuteMutation / ExecuteSubscriptionEvent, §6.3 ExecuteSelectionSet, §6.4 ExecuteField).
/// </summary>
/// <remarks>
/// <para>
/// Fields run level by level, so that DataLoaders batch: a level is every field whose parent value is
/// known. <see cref="ExecuteLevelsAsync"/> starts every resolver of the level on this thread (sibling fields
/// and the same field on every item of a list run concurrently), then drives the request's
/// <see cref="DataLoaderScope"/> with <see cref="DataLoaderScope.DispatchUntilCompleteAsync"/> until all
/// of them are done — one batch per loader per level — and completes their values, which collects the next
/// level. Mutations run their top-level fields serially (<see cref="ExecuteFieldsSeriallyAsync"/>): each
/// one with its whole subtree before the next starts.
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
    private readonly CancellationToken _token;
    private readonly DataLoaderScope _dataLoaders;
    private readonly ConcurrentDictionary<Type, object> _requestState = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly List<Task> _pending = [];
    private readonly ResultObject _data;
    private bool _timedOut;
    private bool _anyNulled;
    private int _notExecuted;

    private OperationExecutor(ExecutionContext context, SelectionPlan rootPlan, CancellationToken requestToken, CancellationToken token)
    {
        _context = context;
        _requestToken = requestToken;
        _token = token;
        _dataLoaders = new DataLoaderScope(DispatchMode.Manual, token);
        _requestState[typeof(DataLoaderScope)] = _dataLoaders;
        _data = new ResultObject(rootPlan, null, 0, null);
    }

    /// <summary>ExecuteQuery or ExecuteMutation: the operation's root selection set on a null root value.</summary>
    public static Task<ExecutionResult> ExecuteOperationAsync(
        ExecutionContext context, IReadOnlyDictionary<string, object?>? extensions, CancellationToken cancellationToken)
    {
        SelectionPlan rootPlan;
        try
        {
            rootPlan = context.Collector.CollectRootFields(context.RootType);
        }
        catch (ExecutionAbortedException aborted)
        {
            return Task.FromResult(ExecutionResult.Executed(null, [aborted.Error], extensions));
        }

        var serially = context.Operation.Operation == Language.OperationType.Mutation;
        return ExecuteAsync(context, rootPlan, serially, hasEvent: false, subscriptionEvent: null, extensions, cancellationToken);
    }

    /// <summary>ExecuteSubscriptionEvent: the subscription's root selection set with <paramref name="subscriptionEvent"/> as its field's value.</summary>
    public static Task<ExecutionResult> ExecuteSubscriptionEventAsync(
        ExecutionContext context, SelectionPlan rootPlan, object? subscriptionEvent, CancellationToken cancellationToken) =>
        ExecuteAsync(context, rootPlan, serially: false, hasEvent: true, subscriptionEvent, extensions: null, cancellationToken);

    private static async Task<ExecutionResult> ExecuteAsync(
        ExecutionContext context, SelectionPlan rootPlan, bool serially, bool hasEvent, object? subscriptionEvent,
        IReadOnlyDictionary<string, object?>? extensions, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(context.Options.ExecutionTimeout, context.Options.TimeProvider);
        using var link = cancellationToken.Register(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
        var executor = new OperationExecutor(context, rootPlan, cancellationToken, timeout.Token);
        try
        {
            if (serially)
            {
                await executor.ExecuteFieldsSeriallyAsync().ConfigureAwait(false);
            }
            else
            {
                await executor.ExecuteFieldsAsync(hasEvent, subscriptionEvent).ConfigureAwait(false);
            }
        }
        catch (ExecutionAbortedException aborted)
        {
            return ExecutionResult.Executed(null, [aborted.Error], extensions);
        }

        return executor.BuildResult(extensions);
    }

    /// <summary>ExecuteSelectionSet "normally": every root field at once.</summary>
    private Task ExecuteFieldsAsync(bool hasEvent, object? subscriptionEvent)
    {
        var fields = _data.Plan.Fields;
        var level = new List<FieldWork>(fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            level.Add(new FieldWork(_data, i, subscriptionEvent) { IsEventRoot = hasEvent });
        }

        return ExecuteLevelsAsync(level);
    }

    /// <summary>ExecuteSelectionSet "serially" (mutations): each root field and its subtree completes before the next starts.</summary>
    private async Task ExecuteFieldsSeriallyAsync()
    {
        var level = new List<FieldWork>(1);
        for (var i = 0; i < _data.Plan.Fields.Length; i++)
        {
            level.Clear();
            level.Add(new FieldWork(_data, i, null));
            await ExecuteLevelsAsync(level).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="level"/> and every level below it.</summary>
    private async Task ExecuteLevelsAsync(List<FieldWork> level)
    {
        var next = new List<FieldWork>();
        while (level.Count > 0)
        {
            if (_token.IsCancellationRequested)
            {
                OnCancelled();
            }

            if (_timedOut)
            {
                SkipNotStarted(level);
                return;
            }

            StartLevel(level);
            if (_pending.Count > 0)
            {
                await AwaitLevelAsync().ConfigureAwait(false);
            }

            CompleteLevel(level, next);
            (level, next) = (next, level);
            next.Clear();
        }
    }

    /// <summary>Waits for the level's resolvers while dispatching the DataLoaders they use.</summary>
    private async Task AwaitLevelAsync()
    {
        var work = _pending.Count == 1 ? _pending[0] : Task.WhenAll(_pending);
        try
        {
            await _dataLoaders.DispatchUntilCompleteAsync(work, _token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            OnCancelled();
        }
        catch (Exception)
        {
            // A failed resolver is reported on its own field by CompleteLevel, which reads every task.
        }
        finally
        {
            _pending.Clear();
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

    /// <summary>After a timeout: the fields of <paramref name="level"/> never run; their slots are nulled.</summary>
    private void SkipNotStarted(List<FieldWork> level)
    {
        foreach (var work in level)
        {
            if (!IsDetached(work.Target))
            {
                _notExecuted++;
                NullSlot(work.Target, work.Field);
            }
        }
    }

    private ExecutionResult BuildResult(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (_notExecuted > 0)
        {
            _errors.Add(ExecutionErrors.NotExecuted(_context.Options.ExecutionTimeout, _notExecuted));
        }

        return ExecutionResult.Executed(_data.IsNulled ? null : _data.Map, _errors, extensions);
    }
}
