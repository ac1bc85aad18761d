using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Known_directives_in_their_locations_are_valid()
    {
        ExpectValid(new KnownDirectivesRule(), """
            query Q($v: Int @onVariableDefinition(reason: "r") @tag(name: "t")) @onQuery @tag(name: "q") {
              dog @onField {
                name @include(if: true)
                ...F @onFragmentSpread
                ... on Dog @onInlineFragment { barks }
              }
            }
            fragment F on Dog @onFragmentDefinition { nickname }
            mutation M @onMutation { ping }
            subscription S @onSubscription { ticks }
            """);
    }

    [Fact]
    public void An_unknown_directive_is_reported()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            {
              dog @unknown(x: 1) { name }
            }
            """,
            Error("Unknown directive \"@unknown\".", (2, 7)));
    }

    [Fact]
    public void Several_unknown_directives_are_each_reported()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q @unknown1 {
              dog @unknown2 { name @unknown3 }
            }
            """,
            Error("Unknown directive \"@unknown1\".", (1, 9)),
            Error("Unknown directive \"@unknown2\".", (2, 7)),
            Error("Unknown directive \"@unknown3\".", (2, 24)));
    }

    [Fact]
    public void A_field_directive_on_an_operation_is_misplaced()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q @onField {
              dog { name }
            }
            """,
            Error("Directive \"@onField\" may not be used on QUERY.", (1, 9)));
    }

    [Fact]
    public void Operation_directives_are_checked_against_the_operations_kind()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q @onMutation { dog { name } }
            mutation M @onQuery @onSubscription { ping }
            subscription S @onQuery { ticks }
            """,
            Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 9)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (2, 12)),
            Error("Directive \"@onSubscription\" may not be used on MUTATION.", (2, 21)),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (3, 16)));
    }

    [Fact]
    public void Directives_on_selections_are_checked_against_their_own_location()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            {
              dog @onQuery {
                name @onInlineFragment
                ...F @onField
                ... @onFragmentSpread { barks }
              }
            }
            fragment F on Dog @onInlineFragment { name }
            """,
            Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 7)),
            Error("Directive \"@onInlineFragment\" may not be used on FIELD.", (3, 10)),
            Error("Directive \"@onField\" may not be used on FRAGMENT_SPREAD.", (4, 10)),
            Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (5, 9)),
            Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (8, 19)));
    }

    [Fact]
    public void Directives_on_variable_definitions_are_checked()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q($a: Int @onField, $b: Int @onVariableDefinition(reason: "r")) { dog { name } }
            """,
            Error("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 17)));
    }

    [Fact]
    public void Type_system_directives_are_not_executable_locations()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q @onObject { dog @deprecated { name @specifiedBy(url: "u") } }
            """,
            Error("Directive \"@onObject\" may not be used on QUERY.", (1, 9)),
            Error("Directive \"@deprecated\" may not be used on FIELD.", (1, 25)),
            Error("Directive \"@specifiedBy\" may not be used on FIELD.", (1, 44)));
    }
}
