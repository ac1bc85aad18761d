using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void All_variables_defined_is_valid()
    {
        ExpectValid(new NoUndefinedVariablesRule(), """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);
    }

    [Fact]
    public void Variables_used_in_nested_fields_directives_and_fragments_are_found()
    {
        ExpectValid(new NoUndefinedVariablesRule(), """
            query Foo($a: String, $b: Boolean) {
              ... on Query { field(a: $a) @include(if: $b) { ...F } }
            }
            fragment F on Query { field(a: $a) }
            """);
    }

    [Fact]
    public void A_variable_not_defined_is_reported_with_the_operation()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo($a: String) {
              field(a: $a, b: $b)
            }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (2, 19), (1, 1)));
    }

    [Fact]
    public void An_anonymous_operation_reports_without_a_name()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));
    }

    [Fact]
    public void A_variable_in_a_fragment_is_reported_for_every_operation_that_lacks_it()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo($a: String) { ...F }
            query Bar { ...F }
            fragment F on Query { field(a: $a) }
            """,
            Error("Variable \"$a\" is not defined by operation \"Bar\".", (3, 32), (2, 1)));
    }

    [Fact]
    public void Each_usage_of_an_undefined_variable_is_reported()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo {
              field(a: $a) { inner(a: $a) }
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 27), (1, 1)));
    }

    [Fact]
    public void Variables_in_unknown_fields_and_arguments_still_count()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo($a: String) {
              unknown(x: $a, y: $b)
            }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (2, 21), (1, 1)));
    }

    [Fact]
    public void A_fragment_used_twice_reports_its_variable_once_per_operation()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo { ...F ...F }
            fragment F on Query { field(a: $a) }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 32), (1, 1)));
    }
}
