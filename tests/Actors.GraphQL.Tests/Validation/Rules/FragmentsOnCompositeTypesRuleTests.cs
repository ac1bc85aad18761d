using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private readonly FragmentsOnCompositeTypesRule _rule = new();

    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_valid() =>
        ExpectValid(_rule, """
            fragment OnObject on Artist { name }
            fragment OnInterface on Work { title }
            fragment OnUnion on SearchResult { __typename }
            fragment Inline on Creator { ... on Author { penName } ... { name } }
            """);

    [Fact]
    public void A_fragment_on_an_enum_is_reported_at_its_type_condition() =>
        ExpectErrors(_rule, """
            fragment G on Genre { name }
            """,
            Error("Fragment \"G\" cannot condition on non composite type \"Genre\".", (1, 15)));

    [Fact]
    public void A_fragment_on_an_input_object_is_reported() =>
        ExpectErrors(_rule, """
            query Q { __typename }
            fragment Filter on WorkFilter { year }
            """,
            Error("Fragment \"Filter\" cannot condition on non composite type \"WorkFilter\".", (2, 20)));

    [Fact]
    public void An_inline_fragment_on_a_scalar_is_reported_at_its_type_condition() =>
        ExpectErrors(_rule, """
            {
              artist(id: "1") {
                ... on String { length }
              }
            }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", (3, 12)));

    [Fact]
    public void Unknown_types_are_left_to_KnownTypeNamesRule() =>
        ExpectValid(_rule, """
            fragment F on Unknown { a }
            { ... on AlsoUnknown { b } }
            """);
}
