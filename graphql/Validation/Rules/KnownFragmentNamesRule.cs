using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined: every named fragment spread refers to a fragment defined in the document.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
/// </summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }
        }
    }
}
