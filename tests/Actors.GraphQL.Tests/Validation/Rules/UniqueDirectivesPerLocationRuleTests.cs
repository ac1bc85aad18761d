using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Different_directives_at_one_location_are_valid()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            {
              dog @onField @include(if: true) @skip(if: false) { name }
            }
            """);
    }

    [Fact]
    public void The_same_directive_at_different_locations_is_valid()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            {
              dog @onField { name @onField }
            }
            """);
    }

    [Fact]
    public void A_repeatable_directive_may_be_repeated()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            query Q($v: Int @tag(name: "a") @tag(name: "b")) @tag(name: "a") @tag(name: "b") {
              dog @tag(name: "a") @tag(name: "b") { name }
            }
            """);
    }

    [Fact]
    public void A_directive_twice_on_a_field_is_reported_at_both()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            {
              dog @onField @onField { name }
            }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", (2, 7), (2, 16)));
    }

    [Fact]
    public void A_directive_three_times_gives_two_errors_each_with_the_first()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            {
              dog @skip(if: true) @skip(if: true) @skip(if: false) { name }
            }
            """,
            Error("The directive \"@skip\" can only be used once at this location.", (2, 7), (2, 23)),
            Error("The directive \"@skip\" can only be used once at this location.", (2, 7), (2, 39)));
    }

    [Fact]
    public void Duplicates_are_found_at_every_executable_location()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            query Q($v: Int @onVariableDefinition(reason: "a") @onVariableDefinition(reason: "b")) @onQuery @onQuery {
              dog {
                ...F @onFragmentSpread @onFragmentSpread
                ... @onInlineFragment @onInlineFragment { name }
              }
            }
            fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }
            """,
            Error("The directive \"@onQuery\" can only be used once at this location.", (1, 88), (1, 97)),
            Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 17), (1, 52)),
            Error("The directive \"@onFragmentSpread\" can only be used once at this location.", (3, 10), (3, 28)),
            Error("The directive \"@onInlineFragment\" can only be used once at this location.", (4, 9), (4, 27)),
            Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (7, 19), (7, 41)));
    }

    [Fact]
    public void Unknown_directives_are_not_this_rules_concern()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            {
              dog @unknown @unknown { name }
            }
            """);
    }
}
