using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: a field or directive is given every argument whose type is non-null and that has
/// no default value. Checked on leaving the field or directive, so errors inside its arguments come first.
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly IReadOnlyDictionary<string, DirectiveShape> _known = DocumentDirectives.Known(context);

        public override void LeaveField(FieldNode node)
        {
            if (context.FieldDefinition is not { } field)
            {
                return;
            }

            foreach (var argument in field.Arguments)
            {
                if (InputValues.IsRequired(argument) && !IsGiven(node.Arguments, argument.Name))
                {
                    context.ReportError(
                        $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        node);
                }
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            if (!_known.TryGetValue(node.Name.Value, out var directive))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired && !IsGiven(node.Arguments, argument.Name))
                {
                    context.ReportError(
                        $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.TypeText}\" is required, but it was not provided.",
                        node);
                }
            }
        }

        private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name) => arguments.Any(a => a.Name.Value == name);
    }
}
