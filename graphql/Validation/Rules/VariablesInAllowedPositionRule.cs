using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable is used only where a value of its type fits. A nullable
/// variable may fill a non-null position when the variable or the position has a default value; list
/// items of the variable may be stricter than the position's. A nullable variable given as the field of
/// a nullable <c>@oneOf</c> input object argument or field is refused too (graphql-js 16 makes this
/// check only when the input object's own position is nullable).
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // The definition of each variable of the current operation; a duplicate name keeps the last one.
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node) => _definitions.Clear();

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _definitions[node.Variable.Name.Value] = node;

        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                var variableType = ValidationContext.TypeFromAst(context.Schema, definition.Type);

                // A list item has no default value of its own, whatever the list's argument or field has.
                var locationDefault = usage.ParentType is { } parent && TypeInfo.Nullable(parent) is ListType ? null : usage.DefaultValue;
                if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, locationDefault))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition,
                        usage.Node);
                }
            }
        }

        private bool IsAllowed(IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasVariableDefault || locationDefault is not null)
                    && TypeInfo.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeInfo.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
