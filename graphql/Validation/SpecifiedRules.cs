using Actors.GraphQL.Validation.Rules;

namespace Actors.GraphQL.Validation;

/// <summary>Every rule of the spec's validation section, in graphql-js's order (so errors come in the same order).</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
    ];
}
