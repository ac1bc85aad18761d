using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private readonly PossibleFragmentSpreadsRule _rule = new();

    [Fact]
    public void An_object_spread_into_the_same_object_is_valid() =>
        ExpectValid(_rule, """
            fragment A on Artist { ...B ... on Artist { id } }
            fragment B on Artist { name }
            """);

    [Fact]
    public void Spreads_between_an_object_and_its_interfaces_and_unions_are_valid() =>
        ExpectValid(_rule, """
            fragment ObjectInInterface on Creator { ...AuthorFields ... on Artist { id } }
            fragment InterfaceInObject on Author { ...CreatorFields ... on Node { id } }
            fragment ObjectInUnion on SearchResult { ... on Book { pages } }
            fragment UnionInObject on Album { ...MediaFields }
            fragment AuthorFields on Author { penName }
            fragment CreatorFields on Creator { name }
            fragment MediaFields on Media { __typename }
            """);

    [Fact]
    public void Abstract_types_with_an_object_type_in_common_overlap() =>
        ExpectValid(_rule, """
            fragment UnionInUnion on SearchResult { ...MediaFields }
            fragment InterfaceInUnion on Person { ... on Creator { name } }
            fragment InterfaceInInterface on Work { ... on Node { id } }
            fragment MediaFields on Media { __typename }
            """);

    [Fact]
    public void An_inline_fragment_without_type_condition_is_valid() =>
        ExpectValid(_rule, """
            { artist(id: "1") { ... { name } } }
            """);

    [Fact]
    public void An_object_spread_into_another_object_is_reported_at_the_spread() =>
        ExpectErrors(_rule, """
            fragment A on Artist { ...B }
            fragment B on Book { pages }
            """,
            Error("Fragment \"B\" cannot be spread here as objects of type \"Artist\" can never be of type \"Book\".", (1, 24)));

    [Fact]
    public void An_inline_fragment_on_another_object_is_reported_at_the_inline_fragment() =>
        ExpectErrors(_rule, """
            {
              artist(id: "1") {
                ... on Book { pages }
              }
            }
            """,
            Error("Fragment cannot be spread here as objects of type \"Artist\" can never be of type \"Book\".", (3, 5)));

    [Fact]
    public void An_object_spread_into_a_union_without_it_is_reported() =>
        ExpectErrors(_rule, """
            { search(text: "x") { ...T } }
            fragment T on Track { title }
            """,
            Error("Fragment \"T\" cannot be spread here as objects of type \"SearchResult\" can never be of type \"Track\".", (1, 23)));

    [Fact]
    public void Abstract_types_without_an_object_type_in_common_are_reported() =>
        ExpectErrors(_rule, """
            fragment UnionInUnion on Media { ...PersonFields }
            fragment InterfaceInInterface on Creator { ... on Work { title } }
            fragment InterfaceInUnion on Person { ...WorkFields }
            fragment PersonFields on Person { __typename }
            fragment WorkFields on Work { title }
            """,
            Error("Fragment \"PersonFields\" cannot be spread here as objects of type \"Media\" can never be of type \"Person\".", (1, 34)),
            Error("Fragment cannot be spread here as objects of type \"Creator\" can never be of type \"Work\".", (2, 44)),
            Error("Fragment \"WorkFields\" cannot be spread here as objects of type \"Person\" can never be of type \"Work\".", (3, 39)));

    [Fact]
    public void Unknown_fragments_and_non_composite_types_are_left_to_other_rules() =>
        ExpectValid(_rule, """
            fragment A on Artist { ...Missing ...OnEnum ... on Unknown { x } ... on Genre { y } }
            fragment OnEnum on Genre { z }
            """);
}
