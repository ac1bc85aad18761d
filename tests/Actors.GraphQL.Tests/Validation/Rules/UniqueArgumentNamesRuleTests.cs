using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_valid()
    {
        ExpectValid(new UniqueArgumentNamesRule(), """
            {
              complicatedArgs { multipleOpts(opt1: 1, opt2: 2) @onField(level: 1, label: "l") }
            }
            """);
    }

    [Fact]
    public void The_same_argument_on_different_fields_and_directives_is_valid()
    {
        ExpectValid(new UniqueArgumentNamesRule(), """
            {
              dog { isHousetrained(atOtherHomes: true) @skip(if: false) name @skip(if: false) }
            }
            """);
    }

    [Fact]
    public void A_field_argument_given_twice_is_reported_at_both_names()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            {
              dog { isHousetrained(atOtherHomes: true, atOtherHomes: false) }
            }
            """,
            Error("There can be only one argument named \"atOtherHomes\".", (2, 24), (2, 44)));
    }

    [Fact]
    public void A_field_argument_given_three_times_is_one_error_with_three_locations()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            {
              dog { isHousetrained(atOtherHomes: true, atOtherHomes: false, atOtherHomes: true) }
            }
            """,
            Error("There can be only one argument named \"atOtherHomes\".", (2, 24), (2, 44), (2, 65)));
    }

    [Fact]
    public void A_directive_argument_given_twice_is_reported()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            {
              dog @skip(if: true, if: false) { name }
            }
            """,
            Error("There can be only one argument named \"if\".", (2, 13), (2, 23)));
    }

    [Fact]
    public void Unknown_arguments_given_twice_are_reported_too()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            {
              dog { name(x: 1, x: 2, y: 1, y: 2) }
            }
            """,
            Error("There can be only one argument named \"x\".", (2, 14), (2, 20)),
            Error("There can be only one argument named \"y\".", (2, 26), (2, 32)));
    }
}
