using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: every argument given to a field or directive is defined by that field or directive.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly IReadOnlyDictionary<string, DirectiveShape> _known = DocumentDirectives.Known(context);
        private int _directiveDepth;

        public override void EnterDirective(DirectiveNode node)
        {
            _directiveDepth++;

            // An unknown directive is KnownDirectivesRule's to report, not its arguments.
            if (!_known.TryGetValue(node.Name.Value, out var directive))
            {
                return;
            }

            foreach (var argument in node.Arguments)
            {
                var name = argument.Name.Value;
                if (!directive.Arguments.Any(a => a.Name == name))
                {
                    var suggestions = Suggestions.Of(name, directive.Arguments.Select(a => a.Name));
                    context.ReportError(
                        $"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                }
            }
        }

        public override void LeaveDirective(DirectiveNode node) => _directiveDepth--;

        public override void EnterArgument(ArgumentNode node)
        {
            // Arguments of directives were checked with their directive.
            if (_directiveDepth > 0 || context.Argument is not null || context.FieldDefinition is not { } field || context.ParentType is not { } parent)
            {
                return;
            }

            var name = node.Name.Value;
            var suggestions = Suggestions.Of(name, field.Arguments.Select(a => a.Name));
            context.ReportError(
                $"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
                node);
        }
    }
}
