using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness: an operation defines each variable name once.
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Skip(1).Any())
                {
                    context.ReportError(
                        $"There can be only one variable named \"${group.Key}\".",
                        [.. group.Select(v => v.Variable.Name)]);
                }
            }
        }
    }
}
