using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// CollectFields (spec §6.3.2): the grouped field set of selection sets on an object type, honouring
/// <c>@skip</c> and <c>@include</c> (literal or variable <c>if</c>), and visiting fragment spreads and inline
/// fragments whose type condition applies (DoesFragmentTypeApply), each named fragment once, with the request's
/// variables. What it collects is kept by the <see cref="OperationPlan"/> (root selection set) and the
/// <see cref="FieldPlan"/>s (sub-selections per runtime object type), so it runs once for each of them.
/// </summary>
internal sealed class FieldCollector(ExecutionContext context)
{
    private static readonly NonNullType BooleanNonNull = new(BuiltInScalars.Boolean);

    private readonly Schema _schema = context.Schema;

    /// <summary>The grouped field set of the operation's root selection set.</summary>
    public SelectionPlan CollectRootFields(ObjectType rootType) =>
        Collect(rootType, [context.Operation.SelectionSet]);

    /// <summary>CollectSubfields: the merged sub-selections of every node of <paramref name="field"/>.</summary>
    public SelectionPlan CollectSubfields(ObjectType objectType, FieldPlan field)
    {
        var nodes = field.Nodes;
        if (nodes.Count == 1)
        {
            return nodes[0].SelectionSet is { } only ? Collect(objectType, [only]) : new SelectionPlan(objectType, []);
        }

        var sets = new List<SelectionSetNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return Collect(objectType, sets);
    }

    private SelectionPlan Collect(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var fields = new List<FieldPlan>();
        var byKey = new Dictionary<string, FieldPlan>(StringComparer.Ordinal);
        HashSet<string>? visitedFragments = null;
        foreach (var set in selectionSets)
        {
            CollectInto(objectType, set, fields, byKey, ref visitedFragments);
        }

        return new SelectionPlan(objectType, [.. fields]);
    }

    private void CollectInto(
        ObjectType objectType, SelectionSetNode selectionSet, List<FieldPlan> fields, Dictionary<string, FieldPlan> byKey,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (byKey.TryGetValue(key, out var existing))
                    {
                        existing.AddNode(field);
                    }
                    else if (_schema.GetField(objectType, field.Name.Value) is { } definition)
                    {
                        var plan = new FieldPlan(
                            objectType, key, definition, field, fields.Count, ReferenceEquals(definition, _schema.TypeNameMetaField));
                        fields.Add(plan);
                        byKey.Add(key, plan);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition.Name.Value))
                    {
                        CollectInto(objectType, inline.SelectionSet, fields, byKey, ref visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!(visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)
                        || !context.Fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name.Value))
                    {
                        break;
                    }

                    CollectInto(objectType, fragment.SelectionSet, fields, byKey, ref visitedFragments);
                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply: the type condition names the object type, an interface it implements, or a union it belongs to.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, string typeCondition) =>
        _schema.GetType(typeCondition) switch
        {
            ObjectType type => ReferenceEquals(type, objectType),
            { Kind: TypeKind.Interface or TypeKind.Union } abstractType => _schema.IsSubType(abstractType, objectType),
            _ => false,
        };

    /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c> is applied.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name is "skip" or "include" && IfArgument(directive) == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if"
                && LiteralCoercion.TryCoerce(argument.Value, BooleanNonNull, context.VariableValues, out var value)
                && value is bool condition)
            {
                return condition;
            }
        }

        throw new ExecutionAbortedException(ExecutionErrors.SkipIncludeInvalid(directive));
    }
}
