using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness: no two fragment definitions of a document share a name.
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }
    }
}
