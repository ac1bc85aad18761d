namespace Actors.GraphQL.Validation;

/// <summary>
/// One rule of the spec's validation section. A rule makes a fresh visitor per validation; the visitor
/// reports through <c>ValidationContext.ReportError</c> and never throws.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
