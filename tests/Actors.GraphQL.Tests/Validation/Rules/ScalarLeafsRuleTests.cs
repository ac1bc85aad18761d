using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private readonly ScalarLeafsRule _rule = new();

    [Fact]
    public void Leaf_fields_without_selections_and_object_fields_with_them_are_valid() =>
        ExpectValid(_rule, """
            {
              favouriteGenre
              artist(id: "1") { name genres label { country } }
              search(text: "x") { __typename ... on Book { pages } }
            }
            """);

    [Fact]
    public void An_object_field_without_a_selection_is_reported_at_the_field() =>
        ExpectErrors(_rule, """
            {
              artist(id: "1")
            }
            """,
            Error("Field \"artist\" of type \"Artist\" must have a selection of subfields. Did you mean \"artist { ... }\"?", (2, 3)));

    [Fact]
    public void The_message_prints_list_and_non_null_wrappers_of_an_abstract_type() =>
        ExpectErrors(_rule, """
            query Find {
              found: search(text: "x")
              media
            }
            """,
            Error("Field \"search\" of type \"[SearchResult!]!\" must have a selection of subfields. Did you mean \"search { ... }\"?", (2, 3)),
            Error("Field \"media\" of type \"[Media]\" must have a selection of subfields. Did you mean \"media { ... }\"?", (3, 3)));

    [Fact]
    public void An_enum_field_with_a_selection_is_reported_at_the_selection_set() =>
        ExpectErrors(_rule, """
            {
              favouriteGenre { name }
            }
            """,
            Error("Field \"favouriteGenre\" must not have a selection since type \"Genre\" has no subfields.", (2, 18)));

    [Fact]
    public void A_non_null_scalar_field_with_arguments_and_a_selection_is_reported() =>
        ExpectErrors(_rule, """
            fragment Tracks on Album {
              tracks(first: 3) { title { length } }
            }
            """,
            Error("Field \"title\" must not have a selection since type \"String!\" has no subfields.", (2, 28)));

    [Fact]
    public void Meta_fields_are_checked_like_other_fields() =>
        ExpectErrors(_rule, """
            {
              __typename { name }
              __schema
            }
            """,
            Error("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", (2, 14)),
            Error("Field \"__schema\" of type \"__Schema!\" must have a selection of subfields. Did you mean \"__schema { ... }\"?", (3, 3)));

    [Fact]
    public void Unknown_fields_are_left_to_FieldsOnCorrectTypeRule() =>
        ExpectValid(_rule, """
            {
              artist(id: "1") { nickname { first } shoeSize }
            }
            """);
}
