using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable an operation uses, directly or in the fragments it spreads,
/// is defined by that operation.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    context.ReportError(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        node);
                }
            }
        }
    }
}
