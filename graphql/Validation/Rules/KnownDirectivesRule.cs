using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined, and Directives Are in Valid Locations: every directive a document uses is
/// defined by the schema, and is applied only where its definition allows (an operation of the given
/// kind, a field, a fragment definition, spread or inline fragment, a variable definition).
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly IReadOnlyDictionary<string, DirectiveShape> _known = DocumentDirectives.Known(context);

        // The nodes whose directives may be visited next, innermost on top; a spread has no Leave, so it is kept apart.
        private readonly Stack<SyntaxNode> _holders = new();
        private FragmentSpreadNode? _spread;

        public override void EnterOperationDefinition(OperationDefinitionNode node) => _holders.Push(node);

        public override void LeaveOperationDefinition(OperationDefinitionNode node) => _holders.Pop();

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _holders.Push(node);

        public override void LeaveFragmentDefinition(FragmentDefinitionNode node) => _holders.Pop();

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _holders.Push(node);

        public override void LeaveVariableDefinition(VariableDefinitionNode node) => _holders.Pop();

        public override void EnterField(FieldNode node) => _holders.Push(node);

        public override void LeaveField(FieldNode node) => _holders.Pop();

        public override void EnterInlineFragment(InlineFragmentNode node) => _holders.Push(node);

        public override void LeaveInlineFragment(InlineFragmentNode node) => _holders.Pop();

        public override void EnterFragmentSpread(FragmentSpreadNode node) => _spread = node;

        public override void EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_known.TryGetValue(name, out var directive))
            {
                context.ReportError($"Unknown directive \"@{name}\".", node);
                return;
            }

            if (LocationOf(node) is { } location && !directive.Locations.Contains(location))
            {
                context.ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
            }
        }

        /// <summary>The spec's name of the location <paramref name="directive"/> is applied at.</summary>
        private string? LocationOf(DirectiveNode directive)
        {
            if (_spread is not null && _spread.Directives.Any(d => ReferenceEquals(d, directive)))
            {
                return "FRAGMENT_SPREAD";
            }

            return _holders.TryPeek(out var holder)
                ? holder switch
                {
                    OperationDefinitionNode { Operation: OperationType.Query } => "QUERY",
                    OperationDefinitionNode { Operation: OperationType.Mutation } => "MUTATION",
                    OperationDefinitionNode { Operation: OperationType.Subscription } => "SUBSCRIPTION",
                    FieldNode => "FIELD",
                    InlineFragmentNode => "INLINE_FRAGMENT",
                    FragmentDefinitionNode => "FRAGMENT_DEFINITION",
                    VariableDefinitionNode => "VARIABLE_DEFINITION",
                    _ => null,
                }
                : null;
        }
    }
}
