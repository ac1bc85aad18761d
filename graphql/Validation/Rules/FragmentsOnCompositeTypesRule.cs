using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types: a fragment's type condition (named or inline) is an object, interface
/// or union type, since only those have selections.
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } condition && IsNonComposite(condition))
            {
                context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
            }
        }

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    node.TypeCondition);
            }
        }

        /// <summary>Whether the type exists and is not composite (an unknown type is KnownTypeNamesRule's to report).</summary>
        private bool IsNonComposite(NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) is { } type && !TypeInfo.IsCompositeType(type);
    }
}
