using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Variables_of_the_expected_type_are_valid()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($b: Boolean, $i: Int!, $s: [String], $c: Color, $o: ComplexInput) {
              complicatedArgs {
                booleanArgField(booleanArg: $b)
                nonNullIntArgField(nonNullIntArg: $i)
                stringListArgField(stringListArg: $s)
                enumArgField(enumArg: $c)
                complexArgField(complexArg: $o)
              }
            }
            """);
    }

    [Fact]
    public void Non_null_variables_may_fill_nullable_positions()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($b: Boolean!, $s: [String!]!, $i: Int!) {
              complicatedArgs {
                booleanArgField(booleanArg: $b)
                stringListArgField(stringListArg: $s)
                intArgField(intArg: $i)
              }
            }
            """);
    }

    [Fact]
    public void Variables_in_list_items_and_object_fields_are_checked_against_their_position()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($s: String, $i: Int!, $b: Boolean!) {
              complicatedArgs {
                stringListArgField(stringListArg: [$s])
                matrixArgField(matrix: [[$i]])
                complexArgField(complexArg: { requiredField: $b, intField: $i })
              }
            }
            """);
    }

    [Fact]
    public void A_nullable_variable_in_a_non_null_position_is_refused()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int, $s: String) {
              complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
              dog @include(if: $s) { name }
            }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 55)),
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 18), (3, 20)));
    }

    [Fact]
    public void A_default_value_on_the_variable_or_the_position_allows_a_nullable_variable()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($i: Int = 1, $j: Int) {
              complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) nonNullFieldWithDefault(arg: $j) }
            }
            """);
    }

    [Fact]
    public void A_null_default_value_does_not_allow_a_nullable_variable()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int = null) {
              complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
            }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 55)));
    }

    [Fact]
    public void A_list_item_has_no_default_even_in_an_argument_that_has_one()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int) {
              complicatedArgs { listWithDefault(ints: [$i]) }
            }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (2, 44)));
    }

    [Fact]
    public void A_required_input_field_with_a_default_allows_a_nullable_variable()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($b: Boolean, $c: Boolean) {
              complicatedArgs { complexArgField(complexArg: { requiredField: $b, nonNullField: $c }) }
            }
            """,
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (2, 66)));
    }

    [Fact]
    public void Lists_and_items_must_match()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($s: [String], $t: String, $u: [String], $m: [[Int]]) {
              complicatedArgs {
                stringArgField(stringArg: $s)
                stringListArgField(stringListArg: $t)
                stringListNonNullArgField(stringListNonNullArg: $u)
                matrixArgField(matrix: $m)
              }
            }
            """,
            Error("Variable \"$s\" of type \"[String]\" used in position expecting type \"String\".", (1, 9), (3, 31)),
            Error("Variable \"$t\" of type \"String\" used in position expecting type \"[String]\".", (1, 23), (4, 39)),
            Error("Variable \"$u\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 35), (5, 53)),
            Error("Variable \"$m\" of type \"[[Int]]\" used in position expecting type \"[[Int!]!]\".", (1, 49), (6, 28)));
    }

    [Fact]
    public void Different_named_types_are_refused()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($s: String, $c: DogCommand, $f: Float, $i: Int) {
              complicatedArgs { intArgField(intArg: $s) enumArgField(enumArg: $c) idArgField(idArg: $i) floatArgField(floatArg: $i) intAsFloat: intArgField(intArg: $f) }
            }
            """,
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"Int\".", (1, 9), (2, 41)),
            Error("Variable \"$c\" of type \"DogCommand\" used in position expecting type \"Color\".", (1, 21), (2, 67)),
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"ID\".", (1, 48), (2, 89)),
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Float\".", (1, 48), (2, 117)),
            Error("Variable \"$f\" of type \"Float\" used in position expecting type \"Int\".", (1, 37), (2, 153)));
    }

    [Fact]
    public void Usages_in_fragments_are_checked_for_each_operation()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query A($i: Int!) { ...F }
            query B($i: Int) { ...F }
            fragment F on Query { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (2, 9), (3, 75)));
    }

    [Fact]
    public void A_duplicated_variable_is_checked_with_its_last_definition()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int!, $i: Int) {
              complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
            }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 19), (2, 55)));
    }

    [Fact]
    public void Undefined_variables_and_variables_of_unknown_types_are_other_rules_concern()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($u: Unknown) {
              complicatedArgs { intArgField(intArg: $u) stringArgField(stringArg: $x) unknown(arg: $u) }
            }
            """);
    }

    [Fact]
    public void A_nullable_variable_in_a_nullable_oneOf_object_is_refused()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($s: String, $t: String!) {
              complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) ok: oneOfArgField(oneOfArg: { stringField: $t }) }
            }
            """,
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (2, 60)));
    }

    [Fact]
    public void A_nullable_variable_in_a_non_null_oneOf_argument_is_accepted_as_graphql_js_16_does()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($s: String) {
              complicatedArgs { nonNullOneOfArgField(oneOfArg: { stringField: $s }) }
            }
            """);
    }
}
