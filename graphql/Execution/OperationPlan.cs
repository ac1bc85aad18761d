using System.Collections.Concurrent;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Execution;

/// <summary>
/// One operation of a <see cref="ValidatedDocument"/> and the grouped field set of its root selection set (spec §6.3.2
/// CollectFields), collected by the first request that runs it and shared by the requests after it. The grouped field
/// sets of sub-selections are shared the same way, kept on the <see cref="FieldPlan"/>s of the root's.
/// </summary>
/// <remarks>
/// Which fields are collected depends on the document and on variables only through the <c>if</c> arguments of
/// <c>@skip</c> and <c>@include</c>; the plans are therefore kept per combination of the values of those variables
/// (<see cref="SkipIncludeVariables"/>), up to <see cref="MaxCachedVariants"/> combinations. A request in which one of
/// them is not a Boolean (absent or null: the <c>if</c> argument does not coerce) gets a plan of its own, collected as
/// its execution reaches each selection set, so its error is raised exactly when it was before plans were shared.
/// </remarks>
internal sealed class OperationPlan
{
    /// <summary>How many combinations of skip/include variable values keep a plan; more run with a plan of their own.</summary>
    private const int MaxCachedVariants = 16;

    private readonly string[] _skipIncludeVariables;
    private readonly ConcurrentDictionary<ulong, SelectionPlan> _rootFields = new();

    public OperationPlan(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        Operation = operation;
        _skipIncludeVariables = SkipIncludeVariables.Of(operation, fragments);
    }

    public OperationDefinitionNode Operation { get; }

    /// <summary>The grouped field set of the operation's root selection set for the request of <paramref name="context"/>.</summary>
    /// <exception cref="ExecutionAbortedException">An <c>if</c> argument of the root selection set does not coerce.</exception>
    public SelectionPlan RootFields(ExecutionContext context)
    {
        if (VariantKey(context.VariableValues) is not { } key)
        {
            return context.Collector.CollectRootFields(context.RootType);
        }

        if (_rootFields.TryGetValue(key, out var plan))
        {
            return plan;
        }

        plan = context.Collector.CollectRootFields(context.RootType);
        return _rootFields.Count < MaxCachedVariants ? _rootFields.GetOrAdd(key, plan) : plan;
    }

    /// <summary>Bit i set when skip/include variable i is true; null when one is not a Boolean, or there are too many for the bits.</summary>
    private ulong? VariantKey(IReadOnlyDictionary<string, object?> variables)
    {
        if (_skipIncludeVariables.Length > 64)
        {
            return null;
        }

        var key = 0UL;
        for (var i = 0; i < _skipIncludeVariables.Length; i++)
        {
            if (!variables.TryGetValue(_skipIncludeVariables[i], out var value) || value is not bool condition)
            {
                return null;
            }

            if (condition)
            {
                key |= 1UL << i;
            }
        }

        return key;
    }
}
