using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: a variable's type is a scalar, enum or input object type, or a list or
/// non-null wrapper of one.
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterVariableDefinition(VariableDefinitionNode node)
        {
            // An unknown type is KnownTypeNamesRule's to report.
            if (ValidationContext.TypeFromAst(context.Schema, node.Type) is { } type && !TypeInfo.IsInputType(type))
            {
                context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                    node.Type);
            }
        }
    }
}
