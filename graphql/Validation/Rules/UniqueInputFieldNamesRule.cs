using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness: an input object literal gives each field at most once.
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // One map per object literal being visited, innermost on top: the first name node of each field.
        private readonly Stack<Dictionary<string, NameNode>> _known = new();

        public override void EnterValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
            }
        }

        public override void LeaveValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _known.Pop();
            }
        }

        public override void EnterObjectField(ObjectFieldNode node)
        {
            if (!_known.TryPeek(out var known))
            {
                return;
            }

            if (known.TryGetValue(node.Name.Value, out var first))
            {
                context.ReportError($"There can be only one input field named \"{node.Name.Value}\".", first, node.Name);
            }
            else
            {
                known[node.Name.Value] = node.Name;
            }
        }
    }
}
