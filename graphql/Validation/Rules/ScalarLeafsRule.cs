using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: a field of a scalar or enum type has no selection set, and a field of an
/// object, interface or union type has one.
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (context.Type is not { } type)
            {
                return;
            }

            var name = node.Name.Value;
            if (TypeInfo.IsLeafType(TypeInfo.NamedType(type)))
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
            }
        }
    }
}
