using Actors.GraphQL.Validation.Rules;

namespace Actors.GraphQL.Validation;

/// <summary>Every rule of the spec's validation section, in graphql-js's order (so errors come in the same order), then graphql-js's recommended MaxIntrospectionDepth.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];
}
