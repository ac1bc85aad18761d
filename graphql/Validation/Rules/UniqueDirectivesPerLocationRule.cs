using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location: a directive that is not <c>repeatable</c> appears at most once on
/// an operation, field, fragment definition, spread, inline fragment or variable definition.
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly IReadOnlyDictionary<string, DirectiveShape> _known = DocumentDirectives.Known(context);

        public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

        public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

        public override void EnterField(FieldNode node) => Check(node.Directives);

        public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

        public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

        private void Check(IReadOnlyList<DirectiveNode> directives)
        {
            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;

                // Unknown directives are KnownDirectivesRule's to report.
                if (!_known.TryGetValue(name, out var definition) || definition.IsRepeatable)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }
    }
}
