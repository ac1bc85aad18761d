using System.Runtime.InteropServices;

namespace Actors.GraphQL.Execution;

/// <summary>ExecuteField (spec §6.4): coerce the arguments, resolve the value, then complete it.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>Starts every field of the level; resolvers that do not finish at once are kept in <see cref="_pending"/>.</summary>
    private void StartLevel(List<FieldWork> level)
    {
        var items = CollectionsMarshal.AsSpan(level);
        for (var i = 0; i < items.Length; i++)
        {
            ref var work = ref items[i];
            if (!IsDetached(work.Target))
            {
                ResolveFieldValue(ref work);
            }
        }
    }

    /// <summary>ResolveFieldValue: <c>__typename</c>, the field's resolver, the subscription event, or the default resolver.</summary>
    private void ResolveFieldValue(ref FieldWork work)
    {
        var plan = work.Plan;
        if (plan.IsTypeName)
        {
            work.Result = plan.ParentType.Name;
            return;
        }

        var definition = plan.Definition;
        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = plan.Arguments(_context.VariableValues);
        }
        catch (FieldErrorException exception)
        {
            work.Error = exception;
            return;
        }

        var resolver = definition.Resolver;
        if (resolver is null)
        {
            try
            {
                work.Result = work.IsEventRoot ? work.Source : plan.ResolveByDefault(work.Source);
            }
            catch (Exception exception)
            {
                work.Error = exception;
            }

            return;
        }

        var context = new ResolverContext
        {
            Parent = work.Source,
            ParentType = plan.ParentType,
            Field = definition,
            Selection = plan.Nodes[0],
            FieldNodes = plan.Nodes,
            Arguments = arguments,
            Variables = _context.VariableValues,
            Request = _context.Request,
            Path = work.PathOf(),
            CancellationToken = _token,
            RequestState = _requestState,
        };
        try
        {
            var value = resolver(context);
            if (value.IsCompletedSuccessfully)
            {
                work.Result = value.Result;
            }
            else
            {
                var task = value.AsTask();
                work.Pending = task;
                _pending.Add(task);
            }
        }
        catch (Exception exception)
        {
            work.Error = exception;
        }
    }

    /// <summary>Completes the value of every field of the level that is still part of the response.</summary>
    private void CompleteLevel(List<FieldWork> level, List<FieldWork> next)
    {
        var items = CollectionsMarshal.AsSpan(level);
        for (var i = 0; i < items.Length; i++)
        {
            ref var work = ref items[i];
            if (IsDetached(work.Target))
            {
                continue;
            }

            if (work.Pending is { } task)
            {
                if (task.IsCompletedSuccessfully)
                {
                    work.Result = task.Result;
                }
                else if (task.IsCompleted)
                {
                    work.Error = task.Exception?.InnerException ?? new TaskCanceledException(task);
                }
                else
                {
                    work.Error = new FieldErrorException(ExecutionErrors.TimeoutMessage(_context.Options.ExecutionTimeout), ExecutionErrorCodes.ExecutionTimeout);
                }
            }

            CompleteField(ref work, next);
        }
    }

    private void CompleteField(ref FieldWork work, List<FieldWork> next)
    {
        var plan = work.Plan;
        if (work.Error is { } error)
        {
            HandleFieldError(error, plan, work.PathOf(), work.Target, work.Field);
            return;
        }

        var path = work.Path is { } made ? PathStep.Of(made) : PathStep.Field(work.Target.Path, plan.ResponseKey);
        try
        {
            var completed = CompleteValue(plan.Definition.Type, plan, work.Result, work.Target, work.Field, path, next);
            work.Target.SetSlot(work.Field, completed);
        }
        catch (Exception exception) when (exception is not ExecutionAbortedException)
        {
            HandleFieldError(exception, plan, work.PathOf(), work.Target, work.Field);
        }
    }
}
