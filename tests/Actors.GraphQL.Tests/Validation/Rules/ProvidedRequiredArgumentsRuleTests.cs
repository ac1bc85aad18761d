using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Fields_and_directives_given_their_required_arguments_are_valid()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            {
              complicatedArgs { multipleReqs(req1: 1, req2: 2) multipleOptAndReq(req2: 2, req1: 1) }
              dog { doesKnowCommand(dogCommand: SIT) @include(if: true) }
            }
            """);
    }

    [Fact]
    public void Arguments_with_defaults_or_nullable_types_may_be_left_out()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            {
              complicatedArgs { multipleOpts nonNullFieldWithDefault intArgField }
              dog @onField { isHousetrained }
            }
            """);
    }

    [Fact]
    public void Unknown_fields_and_directives_are_not_checked()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            {
              dog { unknownField @unknownDirective }
            }
            """);
    }

    [Fact]
    public void A_missing_required_field_argument_is_reported_at_the_field()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            {
              complicatedArgs { multipleReqs(req2: 2) }
            }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (2, 21)));
    }

    [Fact]
    public void Every_missing_argument_is_reported_in_definition_order()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            {
              complicatedArgs {
                multipleReqs
                multipleOptAndReq(opt1: 1)
              }
            }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            Error("Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 5)),
            Error("Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 5)));
    }

    [Fact]
    public void A_required_argument_given_as_null_or_a_variable_counts_as_given()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            query Q($n: Int) {
              complicatedArgs { multipleReqs(req1: null, req2: $n) }
            }
            """);
    }

    [Fact]
    public void Missing_directive_arguments_are_reported_at_the_directive()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            query Q($v: Int @onVariableDefinition) @tag {
              dog @include { name @skip(unless: true) }
            }
            """,
            Error("Directive \"@onVariableDefinition\" argument \"reason\" of type \"String!\" is required, but it was not provided.", (1, 17)),
            Error("Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided.", (1, 40)),
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 23)));
    }

    [Fact]
    public void Errors_inside_a_fields_selections_come_before_the_fields_own()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1) @include
              }
            }
            """,
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 27)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }
}
