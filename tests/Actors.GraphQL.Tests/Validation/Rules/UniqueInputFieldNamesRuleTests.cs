using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Distinct_input_fields_are_valid()
    {
        ExpectValid(new UniqueInputFieldNamesRule(), """
            {
              complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) }
            }
            """);
    }

    [Fact]
    public void The_same_field_in_nested_and_sibling_objects_is_valid()
    {
        ExpectValid(new UniqueInputFieldNamesRule(), """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, nested: { requiredField: false } })
                other: complexArgField(complexArg: { requiredField: true })
              }
            }
            """);
    }

    [Fact]
    public void A_duplicate_input_field_is_reported_at_both_names()
    {
        ExpectErrors(
            new UniqueInputFieldNamesRule(),
            """
            {
              complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) }
            }
            """,
            Error("There can be only one input field named \"requiredField\".", (2, 51), (2, 72)));
    }

    [Fact]
    public void A_field_given_three_times_gives_two_errors_each_with_the_first()
    {
        ExpectErrors(
            new UniqueInputFieldNamesRule(),
            """
            {
              complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2, intField: 3 }) }
            }
            """,
            Error("There can be only one input field named \"intField\".", (2, 51), (2, 64)),
            Error("There can be only one input field named \"intField\".", (2, 51), (2, 77)));
    }

    [Fact]
    public void Duplicates_in_nested_objects_lists_and_variable_defaults_are_found()
    {
        ExpectErrors(
            new UniqueInputFieldNamesRule(),
            """
            query Q($c: ComplexInput = { intField: 1, intField: 2 }) {
              complicatedArgs { complexArgField(complexArg: { nested: { f: 1, f: 2 }, list: [{ g: 1, g: 2 }] }) }
            }
            """,
            Error("There can be only one input field named \"intField\".", (1, 30), (1, 43)),
            Error("There can be only one input field named \"f\".", (2, 61), (2, 67)),
            Error("There can be only one input field named \"g\".", (2, 84), (2, 90)));
    }

    [Fact]
    public void Objects_at_unknown_positions_are_checked_too()
    {
        ExpectErrors(
            new UniqueInputFieldNamesRule(),
            """
            {
              unknown(arg: { a: 1, a: 2 })
            }
            """,
            Error("There can be only one input field named \"a\".", (2, 18), (2, 24)));
    }
}
