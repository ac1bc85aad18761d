using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed partial class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void A_list_or_object_where_a_scalar_is_expected_is_reported_once()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                intArgField(intArg: [1, "two"])
                stringArgField(stringArg: { a: "b", c: [1] })
                enumArgField(enumArg: [RED])
              }
            }
            """,
            Error("Int cannot represent non-integer value: [1, \"two\"]", (3, 25)),
            Error("String cannot represent a non string value: {a: \"b\", c: [1]}", (4, 31)),
            Error("Enum \"Color\" cannot represent non-enum value: [RED]. Did you mean the enum value \"RED\" or \"GREEN\"?", (5, 27)));
    }

    [Fact]
    public void A_scalar_or_list_where_an_input_object_is_expected_is_reported()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                complexArgField(complexArg: "x")
                list: complexArgField(complexArg: [{ requiredField: true }])
                nested: complexArgField(complexArg: { requiredField: true, nested: 1 })
              }
            }
            """,
            Error("Expected value of type \"ComplexInput\", found \"x\".", (3, 33)),
            Error("Expected value of type \"ComplexInput\", found [{requiredField: true}].", (4, 39)),
            Error("Expected value of type \"ComplexInput\", found 1.", (5, 72)));
    }

    [Fact]
    public void List_items_are_checked_against_the_item_type()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["a", 2, "c"])
                matrixArgField(matrix: [[1, "2"], 3, ["4"], [null]])
              }
            }
            """,
            Error("String cannot represent a non string value: 2", (3, 45)),
            Error("Int cannot represent non-integer value: \"2\"", (4, 33)),
            Error("Int cannot represent non-integer value: \"4\"", (4, 43)),
            Error("Expected value of type \"Int!\", found null.", (4, 50)));
    }

    [Fact]
    public void Unknown_input_fields_are_reported_with_suggestions()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intfield: 1, unknownField: 2, strinField: "s" })
              }
            }
            """,
            Error("Field \"intfield\" is not defined by type \"ComplexInput\". Did you mean \"intField\" or \"stringField\"?", (3, 56)),
            Error("Field \"unknownField\" is not defined by type \"ComplexInput\".", (3, 69)),
            Error("Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (3, 86)));
    }

    [Fact]
    public void Missing_required_input_fields_are_reported_at_the_object()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
                nested: complexArgField(complexArg: { requiredField: true, nested: {} })
              }
            }
            """,
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)),
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (4, 72)));
    }

    [Fact]
    public void Variable_default_values_are_checked()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            query Q($a: Int = "one", $b: Color = YELLOW, $c: ComplexInput = { intField: 1 }, $d: [String] = [1], $e: Int! = null) {
              dog { name }
            }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (1, 19)),
            Error("Value \"YELLOW\" does not exist in \"Color\" enum.", (1, 38)),
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 65)),
            Error("String cannot represent a non string value: 1", (1, 98)),
            Error("Expected value of type \"Int!\", found null.", (1, 113)));
    }

    [Fact]
    public void Directive_arguments_are_checked()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              dog @include(if: "yes") @onField(level: 1.5) { name }
            }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            Error("Int cannot represent non-integer value: 1.5", (2, 43)));
    }

    [Fact]
    public void Values_at_unknown_positions_are_not_checked()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            {
              complicatedArgs { unknown(x: "a", y: { z: 1 }) intArgField(unknownArg: "x") }
            }
            """);
    }

    [Fact]
    public void Variables_are_not_this_rules_concern()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            query Q($s: String, $n: Int) {
              complicatedArgs { intArgField(intArg: $s) complexArgField(complexArg: { requiredField: $n }) }
            }
            """);
    }

    [Fact]
    public void A_oneOf_object_with_exactly_one_non_null_field_is_valid()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            query Q($s: String!, $o: OneOfInput = { intField: 1 }) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "a" })
                variable: oneOfArgField(oneOfArg: { stringField: $s })
                nested: oneOfArgField(oneOfArg: { complex: { requiredField: true } })
                nullArg: oneOfArgField(oneOfArg: null)
              }
            }
            """);
    }

    [Fact]
    public void A_oneOf_object_must_give_exactly_one_field()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "a", intField: 1 })
                none: oneOfArgField(oneOfArg: {})
                withNull: nonNullOneOfArgField(oneOfArg: { stringField: "a", intField: null })
              }
            }
            """,
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 35)),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (5, 46)));
    }

    [Fact]
    public void The_one_field_of_a_oneOf_object_must_not_be_null()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            query Q($o: OneOfInput = { intField: null }) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
                nested: oneOfArgField(oneOfArg: { complex: null })
              }
            }
            """,
            Error("Field \"OneOfInput.intField\" must be non-null.", (1, 26)),
            Error("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)),
            Error("Field \"OneOfInput.complex\" must be non-null.", (4, 37)));
    }

    [Fact]
    public void A_nullable_variable_as_the_one_field_is_left_to_execution_as_graphql_js_16_does()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            query Q($s: String) {
              complicatedArgs { nonNullOneOfArgField(oneOfArg: { stringField: $s }) }
            }
            """);
    }

    [Fact]
    public void A_oneOf_object_with_one_unknown_field_is_judged_by_its_names()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs { oneOfArgField(oneOfArg: { other: "a" }) }
            }
            """,
            Error("Field \"other\" is not defined by type \"OneOfInput\".", (2, 47)));
    }
}
