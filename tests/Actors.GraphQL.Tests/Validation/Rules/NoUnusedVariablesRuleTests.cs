using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Variables_used_directly_in_directives_in_lists_and_objects_and_in_fragments_are_valid()
    {
        ExpectValid(new NoUnusedVariablesRule(), """
            query Foo($a: String, $b: Boolean, $c: Int, $d: String) {
              field(a: $a, list: [$c], obj: { d: $d }) @skip(if: $b) { ...F }
            }
            fragment F on Query { field(a: $a) }
            """);
    }

    [Fact]
    public void A_variable_used_only_through_nested_fragments_is_valid()
    {
        ExpectValid(new NoUnusedVariablesRule(), """
            query Foo($a: String) { ...F }
            fragment F on Query { ...G }
            fragment G on Query { field(a: $a) }
            """);
    }

    [Fact]
    public void An_unused_variable_is_reported_at_its_definition()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Foo($a: String, $b: String) {
              field(a: $a)
            }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)));
    }

    [Fact]
    public void An_anonymous_operation_reports_without_a_name()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query ($a: String) { field }
            """,
            Error("Variable \"$a\" is never used.", (1, 8)));
    }

    [Fact]
    public void A_variable_used_only_by_another_operations_fragment_is_unused()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Foo($a: String) { ...F }
            query Bar($a: String) { field }
            fragment F on Query { field(a: $a) }
            """,
            Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));
    }

    [Fact]
    public void Each_operation_is_checked_on_its_own()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Foo($a: String) { field(a: $a) }
            query Bar($a: String, $b: String) { field(b: $b) }
            """,
            Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));
    }

    [Fact]
    public void Both_definitions_of_a_duplicated_unused_variable_are_reported()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Foo($a: String, $a: Int) { field }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 23)));
    }
}
