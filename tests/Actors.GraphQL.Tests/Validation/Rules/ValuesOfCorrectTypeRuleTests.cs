using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed partial class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Literals_of_every_scalar_kind_in_their_positions_are_valid()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """"
            {
              complicatedArgs {
                intArgField(intArg: -2147483648)
                stringArgField(stringArg: "s")
                block: stringArgField(stringArg: """block""")
                booleanArgField(booleanArg: false)
                floatArgField(floatArg: 1.5)
                intAsFloat: floatArgField(floatArg: 2)
                idArgField(idArg: "id")
                intAsId: idArgField(idArg: 12)
                enumArgField(enumArg: GREEN)
                nullInt: intArgField(intArg: null)
              }
            }
            """");
    }

    [Fact]
    public void Custom_scalars_accept_the_literals_their_rules_allow()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            {
              complicatedArgs {
                dateTimeArgField(at: "2024-02-29T23:59:59.123456789+05:30")
                utc: dateTimeArgField(at: "2025-01-31T00:00:00Z")
                decimalArgField(amount: "007.50")
                int: decimalArgField(amount: -12)
                float: decimalArgField(amount: 12.5)
                longArgField(count: -9223372036854775808)
                max: longArgField(count: 9223372036854775807)
              }
            }
            """);
    }

    [Fact]
    public void Lists_nested_lists_and_single_items_for_lists_are_valid()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["a", null, "b"])
                single: stringListArgField(stringListArg: "a")
                matrixArgField(matrix: [[1, 2], [3]])
                coerced: matrixArgField(matrix: [1, 2])
                empty: matrixArgField(matrix: [])
              }
            }
            """);
    }

    [Fact]
    public void Input_objects_with_required_fields_and_defaults_are_valid()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, stringListField: ["x"] } })
              }
            }
            """);
    }

    [Fact]
    public void Wrong_literals_for_the_specs_scalars_give_the_scalars_message()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
                big: intArgField(intArg: 2147483648)
                float: intArgField(intArg: 1.0)
                stringArgField(stringArg: 1)
                booleanArgField(booleanArg: "true")
                floatArgField(floatArg: "1.5")
                idArgField(idArg: 1.5)
                enum: stringArgField(stringArg: RED)
              }
            }
            """,
            Error("Int cannot represent non-integer value: \"3\"", (3, 25)),
            Error("Int cannot represent non 32-bit signed integer value: 2147483648", (4, 30)),
            Error("Int cannot represent non-integer value: 1.0", (5, 32)),
            Error("String cannot represent a non string value: 1", (6, 31)),
            Error("Boolean cannot represent a non boolean value: \"true\"", (7, 33)),
            Error("Float cannot represent non numeric value: \"1.5\"", (8, 29)),
            Error("ID cannot represent a non-string and non-integer value: 1.5", (9, 23)),
            Error("String cannot represent a non string value: RED", (10, 37)));
    }

    [Fact]
    public void Enum_literals_are_checked_with_suggestions()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                enumArgField(enumArg: "RED")
                unknown: enumArgField(enumArg: PURPLE)
                lower: enumArgField(enumArg: red)
                int: enumArgField(enumArg: 1)
                bool: enumArgField(enumArg: true)
              }
              dog { doesKnowCommand(dogCommand: HEAL) }
            }
            """,
            Error("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?", (3, 27)),
            Error("Value \"PURPLE\" does not exist in \"Color\" enum.", (4, 36)),
            Error("Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?", (5, 34)),
            Error("Enum \"Color\" cannot represent non-enum value: 1.", (6, 32)),
            Error("Enum \"Color\" cannot represent non-enum value: true. Did you mean the enum value \"BLUE\"?", (7, 33)),
            Error("Value \"HEAL\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?", (9, 37)));
    }

    [Fact]
    public void Custom_scalars_report_their_rule_after_the_expected_type()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                dateTimeArgField(at: "2025-02-29T10:00:00Z")
                noOffset: dateTimeArgField(at: "2025-01-31T12:00:00")
                notString: dateTimeArgField(at: 1735689600)
                decimalArgField(amount: 1e3)
                word: decimalArgField(amount: "twelve")
                bool: decimalArgField(amount: true)
                longArgField(count: 9223372036854775808)
                float: longArgField(count: 1.0)
                string: longArgField(count: "5")
              }
            }
            """,
            Error("Expected value of type \"DateTime\", found \"2025-02-29T10:00:00Z\"; DateTime cannot represent an invalid date-time string \"2025-02-29T10:00:00Z\".", (3, 26)),
            Error("Expected value of type \"DateTime\", found \"2025-01-31T12:00:00\"; DateTime cannot represent an invalid date-time string \"2025-01-31T12:00:00\".", (4, 36)),
            Error("Expected value of type \"DateTime\", found 1735689600; DateTime cannot represent a non-string value: 1735689600", (5, 37)),
            Error("Expected value of type \"Decimal\", found 1e3; Decimal cannot represent 1e3: expected a plain decimal number.", (6, 29)),
            Error("Expected value of type \"Decimal\", found \"twelve\"; Decimal cannot represent \"twelve\": expected a plain decimal number.", (7, 35)),
            Error("Expected value of type \"Decimal\", found true; Decimal cannot represent a non-numeric value: true", (8, 35)),
            Error("Expected value of type \"Long\", found 9223372036854775808; Long cannot represent a value outside the signed 64-bit range: 9223372036854775808", (9, 25)),
            Error("Expected value of type \"Long\", found 1.0; Long cannot represent a non-integer value: 1.0", (10, 32)),
            Error("Expected value of type \"Long\", found \"5\"; Long cannot represent a non-integer value: \"5\"", (11, 33)));
    }

    [Fact]
    public void DateTime_literals_must_name_a_real_instant_in_the_exact_form()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                a: dateTimeArgField(at: "2025-13-01T00:00:00Z")
                b: dateTimeArgField(at: "2025-04-31T00:00:00Z")
                c: dateTimeArgField(at: "2025-01-01T24:00:00Z")
                d: dateTimeArgField(at: "2025-01-01T23:59:60Z")
                e: dateTimeArgField(at: "2025-01-01T00:00:00z")
                f: dateTimeArgField(at: "2025-01-01T00:00:00+24:00")
                g: dateTimeArgField(at: "2025-01-01T00:00:00.Z")
                h: dateTimeArgField(at: "2025-01-01 00:00:00Z")
                i: dateTimeArgField(at: "2025-01-01T00:00:00Z\n")
                ok: dateTimeArgField(at: "1900-02-28T00:00:00-23:59")
                leap: dateTimeArgField(at: "2000-02-29T00:00:00Z")
                notLeap: dateTimeArgField(at: "1900-02-29T00:00:00Z")
              }
            }
            """,
            Error("Expected value of type \"DateTime\", found \"2025-13-01T00:00:00Z\"; DateTime cannot represent an invalid date-time string \"2025-13-01T00:00:00Z\".", (3, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-04-31T00:00:00Z\"; DateTime cannot represent an invalid date-time string \"2025-04-31T00:00:00Z\".", (4, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T24:00:00Z\"; DateTime cannot represent an invalid date-time string \"2025-01-01T24:00:00Z\".", (5, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T23:59:60Z\"; DateTime cannot represent an invalid date-time string \"2025-01-01T23:59:60Z\".", (6, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T00:00:00z\"; DateTime cannot represent an invalid date-time string \"2025-01-01T00:00:00z\".", (7, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T00:00:00+24:00\"; DateTime cannot represent an invalid date-time string \"2025-01-01T00:00:00+24:00\".", (8, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T00:00:00.Z\"; DateTime cannot represent an invalid date-time string \"2025-01-01T00:00:00.Z\".", (9, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01 00:00:00Z\"; DateTime cannot represent an invalid date-time string \"2025-01-01 00:00:00Z\".", (10, 29)),
            Error("Expected value of type \"DateTime\", found \"2025-01-01T00:00:00Z\\n\"; DateTime cannot represent an invalid date-time string \"2025-01-01T00:00:00Z\\n\".", (11, 29)),
            Error("Expected value of type \"DateTime\", found \"1900-02-29T00:00:00Z\"; DateTime cannot represent an invalid date-time string \"1900-02-29T00:00:00Z\".", (14, 35)));
    }

    [Fact]
    public void Decimal_and_Long_literals_must_be_plain_numbers_in_range()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                a: decimalArgField(amount: "+1")
                b: decimalArgField(amount: "1.")
                c: decimalArgField(amount: ".5")
                d: decimalArgField(amount: " 1")
                e: decimalArgField(amount: -0.5)
                f: decimalArgField(amount: RED)
                g: longArgField(count: -9223372036854775809)
                h: longArgField(count: RED)
              }
            }
            """,
            Error("Expected value of type \"Decimal\", found \"+1\"; Decimal cannot represent \"+1\": expected a plain decimal number.", (3, 32)),
            Error("Expected value of type \"Decimal\", found \"1.\"; Decimal cannot represent \"1.\": expected a plain decimal number.", (4, 32)),
            Error("Expected value of type \"Decimal\", found \".5\"; Decimal cannot represent \".5\": expected a plain decimal number.", (5, 32)),
            Error("Expected value of type \"Decimal\", found \" 1\"; Decimal cannot represent \" 1\": expected a plain decimal number.", (6, 32)),
            Error("Expected value of type \"Decimal\", found RED; Decimal cannot represent a non-numeric value: RED", (8, 32)),
            Error("Expected value of type \"Long\", found -9223372036854775809; Long cannot represent a value outside the signed 64-bit range: -9223372036854775809", (9, 28)),
            Error("Expected value of type \"Long\", found RED; Long cannot represent a non-integer value: RED", (10, 28)));
    }

    [Fact]
    public void Null_is_refused_where_a_non_null_type_is_expected()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: null)
                stringListNonNullArgField(stringListNonNullArg: ["a", null])
                nonNullStringListArgField(nonNullStringListArg: null)
                complexArgField(complexArg: { requiredField: null })
              }
            }
            """,
            Error("Expected value of type \"Int!\", found null.", (3, 39)),
            Error("Expected value of type \"String!\", found null.", (4, 59)),
            Error("Expected value of type \"[String]!\", found null.", (5, 53)),
            Error("Expected value of type \"Boolean!\", found null.", (6, 50)));
    }
}
