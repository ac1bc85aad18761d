using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>Handling field errors (spec §6.4.4): locate the error, then null the field or its nearest nullable ancestor.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Records <paramref name="exception"/> as the error of the value in <paramref name="slot"/> of
    /// <paramref name="node"/>, and nulls that value, propagating to the parent when the slot is non-null.
    /// </summary>
    private void HandleFieldError(Exception exception, FieldPlan field, ResultNode node, int slot)
    {
        (_errors ??= []).Add(LocatedError(exception, field, node.PathOf(slot)));
        NullSlot(node, slot);
    }

    /// <summary>Puts null in the slot, or, while the slot is non-null, replaces its container by null in the container's own slot.</summary>
    private void NullSlot(ResultNode node, int slot)
    {
        while (node.IsNonNullSlot(slot))
        {
            node.IsNulled = true;
            _anyNulled = true;
            if (node.Parent is null)
            {
                return;
            }

            slot = node.ParentSlot;
            node = node.Parent;
        }

        node.SetSlot(slot, null);
    }

    /// <summary>Whether a container has been replaced by null, itself or through an ancestor.</summary>
    private bool IsDetached(ResultNode node)
    {
        if (!_anyNulled)
        {
            return false;
        }

        for (ResultNode? current = node; current is not null; current = current.Parent)
        {
            if (current.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error of a field; a cancellation caused by the execution timeout becomes <c>EXECUTION_TIMEOUT</c>.</summary>
    private GraphQLError LocatedError(Exception exception, FieldPlan field, ResponsePath path) =>
        ExecutionErrors.Unwrap(exception) is OperationCanceledException cancelled && _scope.IsCancellationRequested && !_requestToken.IsCancellationRequested
            ? new GraphQLError(
                ExecutionErrors.TimeoutMessage(_context.Options.ExecutionTimeout), field.Locations, path.ToArray(),
                ExecutionErrors.Code(ExecutionErrorCodes.ExecutionTimeout), cancelled)
            : ExecutionErrors.FieldError(exception, field, path, _context);
}
