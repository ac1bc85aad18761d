using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation;

/// <summary>Validates an executable document against a schema in one pass of all rules.</summary>
public static class DocumentValidator
{
    /// <summary>The errors of <paramref name="document"/> (empty when valid), in document order, at most <paramref name="maxErrors"/> plus one.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<IValidationRule>? rules = null, int maxErrors = 100)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToList();
        new DocumentWalker(context, visitors).Walk(document);
        return context.Errors;
    }
}
