namespace Actors.GraphQL.Execution;

/// <summary>ExecuteField (spec §6.4): coerce the arguments, resolve the value, then complete it.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Executes field <paramref name="field"/> of <paramref name="target"/>: completed now when its value is resolved at
    /// once (objects below it join <paramref name="next"/>), kept in <see cref="_pending"/> when its resolver is still running.
    /// </summary>
    private void ExecuteField(ResultMap target, int field, ExecutionLevel next)
    {
        var plan = target.Plan!.Fields[field];
        object? value;
        try
        {
            value = ResolveFieldValue(target, plan, field, out var resolving);
            if (resolving is not null)
            {
                (_pending ??= []).Add(new PendingField(target, field, resolving));
                return;
            }
        }
        catch (Exception exception)
        {
            HandleFieldError(exception, plan, target, field);
            return;
        }

        CompleteField(target, field, plan, value, next);
    }

    /// <summary>
    /// ResolveFieldValue: <c>__typename</c>, the field's resolver, the subscription event, or the default resolver.
    /// A resolver that has not finished gives its task in <paramref name="resolving"/>.
    /// </summary>
    private object? ResolveFieldValue(ResultMap target, FieldPlan plan, int field, out Task<object?>? resolving)
    {
        resolving = null;
        if (plan.IsTypeName)
        {
            return plan.ParentType.Name;
        }

        var arguments = plan.Arguments(_context);
        var definition = plan.Definition;
        if (definition.Resolver is not { } resolver)
        {
            return _hasEvent && ReferenceEquals(target, _data) ? target.Source : plan.ResolveByDefault(target.Source);
        }

        var value = resolver(new ResolverContext(_scope, target.Source, plan.ParentType, definition, plan.Nodes[0], arguments, _context.Request)
        {
            FieldNodes = plan.Nodes,
            Variables = _context.VariableValues,
            PathNode = target,
            PathSlot = field,
        });
        if (value.IsCompletedSuccessfully)
        {
            return value.Result;
        }

        resolving = value.AsTask();
        return null;
    }

    /// <summary>Completes a field whose resolver was pending, once its task has finished (or the execution timed out).</summary>
    private void CompletePendingField(ResultMap target, int field, Task<object?> task, ExecutionLevel next)
    {
        var plan = target.Plan!.Fields[field];
        if (task.IsCompletedSuccessfully)
        {
            CompleteField(target, field, plan, task.Result, next);
        }
        else if (task.IsCompleted)
        {
            HandleFieldError(task.Exception?.InnerException ?? new TaskCanceledException(task), plan, target, field);
        }
        else
        {
            HandleFieldError(
                new FieldErrorException(ExecutionErrors.TimeoutMessage(_context.Options.ExecutionTimeout), ExecutionErrorCodes.ExecutionTimeout),
                plan, target, field);
        }
    }

    private void CompleteField(ResultMap target, int field, FieldPlan plan, object? value, ExecutionLevel next)
    {
        try
        {
            target.SetSlot(field, CompleteValue(plan.Definition.Type, plan, value, target, field, next));
        }
        catch (Exception exception) when (exception is not ExecutionAbortedException)
        {
            HandleFieldError(exception, plan, target, field);
        }
    }
}
