using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: a fragment (named or inline) is spread only where its type condition can
/// apply, i.e. some object type is both of the fragment's type and of the type it is spread into.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (context.Type is INamedType fragmentType && TypeInfo.IsCompositeType(fragmentType)
                && context.ParentType is { } parentType && TypeInfo.IsCompositeType(parentType)
                && !TypeInfo.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (FragmentType(name) is { } fragmentType
                && context.ParentType is { } parentType
                && !TypeInfo.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }

        /// <summary>The composite type the fragment conditions on; null when the fragment or its type is unknown or not composite (other rules report those).</summary>
        private INamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type
            && TypeInfo.IsCompositeType(type)
                ? type
                : null;
    }
}
