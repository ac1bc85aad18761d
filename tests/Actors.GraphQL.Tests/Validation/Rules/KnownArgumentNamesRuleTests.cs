using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.PetRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Known_field_and_directive_arguments_are_valid()
    {
        ExpectValid(new KnownArgumentNamesRule(), """
            {
              dog {
                isHousetrained(atOtherHomes: true) @include(if: true)
                doesKnowCommand(dogCommand: SIT) @onField(level: 2, label: "x")
              }
            }
            """);
    }

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_checked()
    {
        ExpectValid(new KnownArgumentNamesRule(), """
            {
              dog {
                unknownField(unknownArg: 1)
                name @unknown(unknownArg: 1)
              }
            }
            """);
    }

    [Fact]
    public void An_unknown_field_argument_is_reported_with_the_fields_coordinate()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              dog {
                isHousetrained(unknown: true)
              }
            }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.isHousetrained\".", (3, 20)));
    }

    [Fact]
    public void A_misspelled_field_argument_gets_a_suggestion()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              dog { doesKnowCommand(DogCommand: SIT) }
            }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 25)));
    }

    [Fact]
    public void Several_close_argument_names_are_suggested_in_order()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              complicatedArgs { multipleOptAndReq(req: 1, opt: 2) }
            }
            """,
            Error("Unknown argument \"req\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"req1\" or \"req2\"?", (2, 39)),
            Error("Unknown argument \"opt\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"?", (2, 47)));
    }

    [Fact]
    public void An_unknown_directive_argument_is_reported_with_the_directives_name()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              dog @skip(unless: true) { name @onField(lable: "x", levels: 2) }
            }
            """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)),
            Error("Unknown argument \"lable\" on directive \"@onField\". Did you mean \"label\" or \"level\"?", (2, 43)),
            Error("Unknown argument \"levels\" on directive \"@onField\". Did you mean \"level\" or \"label\"?", (2, 55)));
    }

    [Fact]
    public void Arguments_on_an_interface_field_and_on_typename_are_checked()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              pet { name(surnam: true) __typename(short: true) }
            }
            """,
            Error("Unknown argument \"surnam\" on field \"Pet.name\". Did you mean \"surname\"?", (2, 14)),
            Error("Unknown argument \"short\" on field \"Pet.__typename\".", (2, 39)));
    }

    [Fact]
    public void Arguments_of_nested_fields_are_checked_against_their_own_field()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            {
              human(id: "1", name: "x") { relatives { name(surname: true, lastName: true) } }
            }
            """,
            Error("Unknown argument \"name\" on field \"Query.human\".", (2, 18)),
            Error("Unknown argument \"lastName\" on field \"Human.name\". Did you mean \"surname\"?", (2, 63)));
    }
}
