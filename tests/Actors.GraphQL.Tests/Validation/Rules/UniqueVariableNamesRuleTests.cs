using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Unique_variable_names_are_valid()
    {
        ExpectValid(new UniqueVariableNamesRule(), """
            query A($x: Int, $y: String) { dog { name } }
            query B($x: String, $y: Int) { dog { name } }
            """);
    }

    [Fact]
    public void A_name_defined_twice_is_reported_at_both_definitions()
    {
        ExpectErrors(
            new UniqueVariableNamesRule(),
            """
            query A($x: Int, $x: String) { dog { name } }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19)));
    }

    [Fact]
    public void A_name_defined_three_times_is_one_error_with_three_locations()
    {
        ExpectErrors(
            new UniqueVariableNamesRule(),
            """
            query A($x: Int, $x: String, $x: Boolean) { dog { name } }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 31)));
    }

    [Fact]
    public void Each_duplicated_name_gets_its_own_error()
    {
        ExpectErrors(
            new UniqueVariableNamesRule(),
            """
            query A($x: Int, $y: Int, $x: String, $y: String) { dog { name } }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 28)),
            Error("There can be only one variable named \"$y\".", (1, 19), (1, 40)));
    }

    [Fact]
    public void Operations_are_checked_separately()
    {
        ExpectErrors(
            new UniqueVariableNamesRule(),
            """
            query A($x: Int, $x: Int) { dog { name } }
            query B($x: Int, $x: Int) { dog { name } }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19)),
            Error("There can be only one variable named \"$x\".", (2, 10), (2, 19)));
    }
}
