using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private readonly VariablesAreInputTypesRule _rule = new();

    [Fact]
    public void Scalars_enums_input_objects_and_their_wrappers_are_valid() =>
        ExpectValid(_rule, """
            query Q($a: String, $b: [Genre!]!, $c: WorkFilter, $d: [[ID]], $e: Int = 3) { __typename }
            """);

    [Fact]
    public void Output_types_are_reported_at_the_type_as_written() =>
        ExpectErrors(_rule, """
            query Q(
              $a: Artist,
              $b: [[Work!]]!,
              $c: SearchResult
            ) { __typename }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Artist\".", (2, 7)),
            Error("Variable \"$b\" cannot be non-input type \"[[Work!]]!\".", (3, 7)),
            Error("Variable \"$c\" cannot be non-input type \"SearchResult\".", (4, 7)));

    [Fact]
    public void Every_operation_is_checked() =>
        ExpectErrors(_rule, """
            mutation M($t: Track!) { __typename }
            subscription S($t: String) { trackPlayed { title } }
            """,
            Error("Variable \"$t\" cannot be non-input type \"Track!\".", (1, 16)));

    [Fact]
    public void Unknown_types_are_left_to_KnownTypeNamesRule() =>
        ExpectValid(_rule, """
            query Q($a: Unknown, $b: [Missing!]) { __typename }
            """);
}
