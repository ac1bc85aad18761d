using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used: every fragment defined is spread, directly or through other fragments, by
/// some operation of the document.
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override void EnterOperationDefinition(OperationDefinitionNode node) => _operations.Add(node);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _fragments.Add(node);

        public override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in _operations)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
