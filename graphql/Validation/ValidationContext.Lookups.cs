using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation;

/// <summary>Fragment and variable lookups shared by rules, cached per validation.</summary>
public sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = [];

    /// <summary>The fragment spreads directly in <paramref name="selectionSet"/> (inline fragments looked into, spreads not followed).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every fragment an operation uses, following spreads through fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        return _recursiveFragments[operation] = fragments;
    }

    /// <summary>The variables used in <paramref name="definition"/> (not following spreads), with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(this);
        var scratch = new ValidationContext(Schema, Document);
        collector.Target = scratch;
        new DocumentWalker(scratch, [collector]).WalkDefinition(definition);
        return _variableUsages[definition] = collector.Usages;
    }

    /// <summary>The variables used by an operation and every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation) =>
        [.. GetVariableUsages(operation), .. GetRecursivelyReferencedFragments(operation).SelectMany(GetVariableUsages)];

    /// <summary>The schema type a type reference names, or null when a name is unknown.</summary>
    public static IGraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private sealed class VariableUsageCollector(ValidationContext owner) : ValidationVisitor
    {
        private bool _inVariableDefinition;

        public ValidationContext Target { get; set; } = owner;

        public List<VariableUsage> Usages { get; } = [];

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = true;

        public override void LeaveVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = false;

        public override void EnterVariable(VariableNode node)
        {
            if (!_inVariableDefinition)
            {
                Usages.Add(new VariableUsage(node, Target.InputType, Target.DefaultValue, Target.ParentInputType));
            }
        }
    }
}

/// <summary>A variable used somewhere: where, the input type expected there, and the default of the argument or field it fills.</summary>
public sealed record VariableUsage(VariableNode Node, IGraphQLType? Type, ValueNode? DefaultValue, IGraphQLType? ParentType);
