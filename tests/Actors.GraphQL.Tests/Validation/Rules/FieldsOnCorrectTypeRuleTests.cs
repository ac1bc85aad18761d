using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private readonly FieldsOnCorrectTypeRule _rule = new();

    [Fact]
    public void Fields_of_objects_interfaces_and_meta_fields_are_valid() =>
        ExpectValid(_rule, """
            {
              __typename
              __schema { queryType { name } }
              __type(name: "Artist") { name }
              creator(name: "x") { name works { title ... on Book { pages } } }
              alias: artist(id: "1") { id label { country } }
              search(text: "x") { __typename ... on Album { year } }
            }
            """);

    [Fact]
    public void A_misspelt_field_suggests_the_field_meant() =>
        ExpectErrors(_rule, """
            {
              artist(id: "1") { nmae }
            }
            """,
            Error("Cannot query field \"nmae\" on type \"Artist\". Did you mean \"name\"?", (2, 21)));

    [Fact]
    public void A_change_of_case_counts_as_one_edit() =>
        ExpectErrors(_rule, """
            { artist(id: "1") { Name } }
            """,
            Error("Cannot query field \"Name\" on type \"Artist\". Did you mean \"name\"?", (1, 21)));

    [Fact]
    public void A_field_like_nothing_on_the_type_gets_no_suggestion() =>
        ExpectErrors(_rule, """
            query Q {
              artist(id: "1") {
                birthplace
              }
            }
            """,
            Error("Cannot query field \"birthplace\" on type \"Artist\".", (3, 5)));

    [Fact]
    public void An_aliased_unknown_field_is_reported_at_the_alias() =>
        ExpectErrors(_rule, """
            { a: nope }
            """,
            Error("Cannot query field \"nope\" on type \"Query\". Did you mean \"node\"?", (1, 3)));

    [Fact]
    public void A_field_of_some_implementations_of_an_interface_suggests_an_inline_fragment() =>
        ExpectErrors(_rule, """
            { creator(name: "x") { penName } }
            """,
            Error("Cannot query field \"penName\" on type \"Creator\". Did you mean to use an inline fragment on \"Author\"?", (1, 24)));

    [Fact]
    public void Type_suggestions_on_a_union_put_the_most_shared_interface_first() =>
        ExpectErrors(_rule, """
            { search(text: "x") { title } }
            """,
            Error("Cannot query field \"title\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Work\", \"Album\", or \"Book\"?", (1, 23)));

    [Fact]
    public void Type_suggestions_put_an_interface_before_the_types_implementing_it() =>
        ExpectErrors(_rule, """
            { search(text: "x") { name } }
            """,
            Error("Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Creator\" or \"Artist\"?", (1, 23)));

    [Fact]
    public void A_union_offers_no_field_suggestions() =>
        ExpectErrors(_rule, """
            { media { nmae } }
            """,
            Error("Cannot query field \"nmae\" on type \"Media\".", (1, 11)));

    [Fact]
    public void In_a_fragment_on_an_interface_the_type_having_the_field_is_suggested() =>
        ExpectErrors(_rule, """
            fragment Pages on Work { pages }
            """,
            Error("Cannot query field \"pages\" on type \"Work\". Did you mean to use an inline fragment on \"Book\"?", (1, 26)));

    [Fact]
    public void At_most_five_field_suggestions_are_given_closest_first_in_natural_order() =>
        ExpectErrors(_rule, """
            { chart { top0 { title } } }
            """,
            Error("Cannot query field \"top0\" on type \"Chart\". Did you mean \"top1\", \"top2\", \"top9\", \"top10\", or \"top20\"?", (1, 11)));

    [Fact]
    public void Schema_meta_fields_exist_only_on_the_query_root() =>
        ExpectErrors(_rule, """
            { artist(id: "1") { __schema { types { name } } } }
            """,
            Error("Cannot query field \"__schema\" on type \"Artist\".", (1, 21)));

    [Fact]
    public void Fields_below_an_unknown_field_are_not_reported() =>
        ExpectErrors(_rule, """
            { unknown { deeper { deepest } } }
            """,
            Error("Cannot query field \"unknown\" on type \"Query\".", (1, 3)));

    [Fact]
    public void Fields_of_a_fragment_on_an_unknown_type_are_not_reported() =>
        ExpectValid(_rule, """
            fragment F on Unknown { anything }
            { ... on AlsoUnknown { whatever } }
            """);
}
