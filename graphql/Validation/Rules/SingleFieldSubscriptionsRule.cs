using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field, and not an introspection field.
/// Root fields are collected as execution collects them (through fragments, merged by response key),
/// with no variables, as graphql-js 16 does: a selection behind a literal <c>@skip(if: true)</c> or
/// <c>@include(if: false)</c> is not collected. A condition on a variable does not exclude its selection.
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return;
            }

            // As execution finds them: by name, the last definition of a duplicated name winning.
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var fragment in context.Document.Definitions.OfType<FragmentDefinitionNode>())
            {
                fragments[fragment.Name.Value] = fragment;
            }

            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            CollectFields(subscriptionType, node.SelectionSet, fragments, fields, order, new HashSet<string>(StringComparer.Ordinal));

            var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            if (order.Count > 1)
            {
                context.ReportError($"{subject} must select only one top level field.", [.. order.Skip(1).SelectMany(key => fields[key])]);
            }

            foreach (var key in order)
            {
                var group = fields[key];
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{subject} must not select an introspection top level field.", [.. group]);
                }
            }
        }

        private void CollectFields(
            ObjectType type, SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments,
            Dictionary<string, List<FieldNode>> fields, List<string> order, HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when IsIncluded(field):
                        var key = (field.Alias ?? field.Name).Value;
                        if (!fields.TryGetValue(key, out var group))
                        {
                            fields[key] = group = [];
                            order.Add(key);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when IsIncluded(inline) && Applies(inline.TypeCondition, type):
                        CollectFields(type, inline.SelectionSet, fragments, fields, order, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when !visitedFragments.Contains(spread.Name.Value) && IsIncluded(spread):
                        visitedFragments.Add(spread.Name.Value);
                        if (fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(fragment.TypeCondition, type))
                        {
                            CollectFields(type, fragment.SelectionSet, fragments, fields, order, visitedFragments);
                        }

                        break;
                }
            }
        }

        /// <summary>Whether a fragment with this type condition applies to an object of <paramref name="type"/>.</summary>
        private bool Applies(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null)
            {
                return true;
            }

            var conditionType = context.Schema.GetType(condition.Name.Value);
            return ReferenceEquals(conditionType, type)
                || (conditionType is not null && TypeInfo.IsAbstractType(conditionType) && context.Schema.IsSubType(conditionType, type));
        }

        /// <summary>False when the selection's first <c>@skip</c> says <c>if: true</c> or its first <c>@include</c> says <c>if: false</c>, literally.</summary>
        private static bool IsIncluded(SelectionNode selection) =>
            LiteralCondition(selection, "skip") is not true && LiteralCondition(selection, "include") is not false;

        private static bool? LiteralCondition(SelectionNode selection, string directiveName) =>
            selection.Directives.FirstOrDefault(d => d.Name.Value == directiveName)?.Arguments
                .FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode literal
                ? literal.Value
                : null;
    }
}
