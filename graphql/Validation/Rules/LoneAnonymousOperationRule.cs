using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation: an anonymous operation must be the only operation of its document.
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operations;

        public override void EnterDocument(DocumentNode node) =>
            _operations = node.Definitions.Count(d => d is OperationDefinitionNode);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operations > 1)
            {
                context.ReportError("This anonymous operation must be the only defined operation.", node);
            }
        }
    }
}
