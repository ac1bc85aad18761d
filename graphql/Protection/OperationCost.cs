using System.Globalization;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Protection;

/// <summary>
/// Static cost of an operation, in the style of IBM's GraphQL cost directives (<c>@cost(weight:)</c>,
/// <c>@listSize(assumedSize:, slicingArguments:, sizedFields:)</c>), computed before execution:
/// <list type="bullet">
/// <item><b>Field cost</b>: each field costs its <c>@cost</c> weight, else 1 when it returns an object
/// (an interface or union too) and 0 for leaves; a list multiplies what is below it by its size.</item>
/// <item><b>Type cost</b>: the number of objects the response can hold.</item>
/// <item>A list's size is the value of its first given slicing argument (e.g. <c>first: 20</c>, literal or
/// variable), else its <c>@listSize(assumedSize:)</c>, else <see cref="CostOptions.DefaultListSize"/>.
/// With <c>sizedFields</c> (e.g. a connection's <c>edges</c>), the size applies to those child fields instead.</item>
/// </list>
/// Fragments on several types are added up, an upper bound. Runs after validation.
/// </summary>
public static class OperationCost
{
    public static (double FieldCost, double TypeCost) Measure(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        var walker = new Walker(schema, document, variables, options);
        var root = schema.RootType(operation.Operation);
        return root is null ? (0, 0) : walker.SelectionSet(operation.SelectionSet, root, sizeForChildren: null);
    }

    private sealed class Walker(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        /// <summary>Cost of a selection set on <paramref name="parent"/>; <paramref name="sizeForChildren"/> carries a parent's @listSize onto its sized fields.</summary>
        public (double Field, double Type) SelectionSet(SelectionSetNode selectionSet, INamedType parent, (double Size, IReadOnlyList<string> Fields)? sizeForChildren)
        {
            double fieldCost = 0, typeCost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                (double Field, double Type) cost = selection switch
                {
                    FieldNode field => Field(field, parent, sizeForChildren),
                    InlineFragmentNode inline => SelectionSet(inline.SelectionSet, inline.TypeCondition is { } t ? schema.GetType(t.Name.Value) ?? parent : parent, sizeForChildren),
                    FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                        SelectionSet(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value) ?? parent, sizeForChildren),
                    _ => (0, 0),
                };
                fieldCost += cost.Field;
                typeCost += cost.Type;
            }

            return (fieldCost, typeCost);
        }

        private (double Field, double Type) Field(FieldNode node, INamedType parent, (double Size, IReadOnlyList<string> Fields)? sizeFromParent)
        {
            var definition = schema.GetField(parent, node.Name.Value);
            if (definition is null)
            {
                return (0, 0);
            }

            var named = TypeInfo.NamedType(definition.Type);
            var composite = TypeInfo.IsCompositeType(named);
            var weight = Weight(definition.Directives) ?? (composite ? 1 : 0);
            weight += ArgumentWeights(node, definition);

            var listSize = ListSize(node, definition);
            var isList = TypeInfo.Nullable(definition.Type) is ListType;
            var multiplier = 1.0;
            if (sizeFromParent is { } sized && sized.Fields.Contains(node.Name.Value))
            {
                multiplier = sized.Size;
            }
            else if (isList && (listSize.SizedFields.Count == 0))
            {
                multiplier = listSize.Size;
            }

            if (node.SelectionSet is null)
            {
                return (weight * (isList ? 1 : multiplier), 0);
            }

            var forChildren = listSize.SizedFields.Count > 0 ? (listSize.Size, listSize.SizedFields) : ((double, IReadOnlyList<string>)?)null;
            var (childField, childType) = SelectionSet(node.SelectionSet, named, forChildren);
            return (multiplier * (weight + childField), multiplier * ((composite ? 1 : 0) + childType));
        }

        private (double Size, IReadOnlyList<string> SizedFields) ListSize(FieldNode node, FieldDefinition definition)
        {
            var directive = definition.Directives.FirstOrDefault(d => d.Name.Value == "listSize");
            IReadOnlyList<string> slicing = ["first", "last"];
            IReadOnlyList<string> sizedFields = [];
            double? assumed = null;
            if (directive is not null)
            {
                foreach (var argument in directive.Arguments)
                {
                    switch (argument.Name.Value, argument.Value)
                    {
                        case ("assumedSize", IntValueNode size):
                            assumed = double.Parse(size.Value, CultureInfo.InvariantCulture);
                            break;
                        case ("slicingArguments", ListValueNode names):
                            slicing = names.Values.OfType<StringValueNode>().Select(n => n.Value).ToList();
                            break;
                        case ("sizedFields", ListValueNode names):
                            sizedFields = names.Values.OfType<StringValueNode>().Select(n => n.Value).ToList();
                            break;
                    }
                }
            }

            foreach (var name in slicing)
            {
                if (SlicingValue(node, definition, name) is { } given)
                {
                    return (given, sizedFields);
                }
            }

            return (assumed ?? options.DefaultListSize, sizedFields);
        }

        private double? SlicingValue(FieldNode node, FieldDefinition definition, string argumentName)
        {
            var argument = node.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
            var value = argument?.Value ?? definition.Argument(argumentName)?.DefaultValue;
            return value switch
            {
                IntValueNode literal => double.Parse(literal.Value, CultureInfo.InvariantCulture),
                VariableNode variable when variables is not null && variables.TryGetValue(variable.Name.Value, out var given) => given switch
                {
                    int i => i,
                    long l => l,
                    double d => d,
                    _ => null,
                },
                _ => null,
            };
        }

        private static double ArgumentWeights(FieldNode node, FieldDefinition definition)
        {
            double total = 0;
            foreach (var argument in node.Arguments)
            {
                if (definition.Argument(argument.Name.Value) is { } declared && Weight(declared.Directives) is { } weight)
                {
                    total += weight;
                }
            }

            return total;
        }

        private static double? Weight(IReadOnlyList<DirectiveNode> directives)
        {
            var cost = directives.FirstOrDefault(d => d.Name.Value == "cost");
            return cost?.Arguments.FirstOrDefault(a => a.Name.Value == "weight")?.Value is StringValueNode weight
                && double.TryParse(weight.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
        }
    }
}

/// <summary>Limits of the cost analysis (configuration section "GraphQL:Cost").</summary>
public sealed class CostOptions
{
    public double MaxFieldCost { get; set; } = 5_000;

    public double MaxTypeCost { get; set; } = 5_000;

    /// <summary>The size assumed for a list field without a slicing argument or <c>@listSize</c>.</summary>
    public double DefaultListSize { get; set; } = 10;
}
