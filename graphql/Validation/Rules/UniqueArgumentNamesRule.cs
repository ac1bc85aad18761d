using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness: a field or directive is given each argument at most once.
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node) => Check(node.Arguments);

        public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                if (group.Skip(1).Any())
                {
                    context.ReportError($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
                }
            }
        }
    }
}
