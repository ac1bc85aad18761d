using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines is used by it, directly or in the fragments
/// it spreads.
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            var used = context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }
        }
    }
}
