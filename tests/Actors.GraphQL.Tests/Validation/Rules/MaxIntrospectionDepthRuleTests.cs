using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private readonly MaxIntrospectionDepthRule _rule = new();

    [Fact]
    public void Two_levels_of_introspection_lists_are_valid() =>
        ExpectValid(_rule, """
            {
              __schema { types { fields { type { interfaces { name } } } } }
              __type(name: "Artist") { possibleTypes { inputFields { name } } }
            }
            """);

    [Fact]
    public void Wrapping_types_through_ofType_do_not_count() =>
        ExpectValid(_rule, """
            {
              __type(name: "Artist") {
                fields { type { ofType { ofType { ofType { fields { name } } } } } }
              }
            }
            """);

    [Fact]
    public void List_fields_outside_introspection_do_not_count() =>
        ExpectValid(_rule, """
            { fields: artist(id: "1") { interfaces: members { possibleTypes: members { inputFields: members { name } } } } }
            """);

    [Fact]
    public void Three_nested_fields_lists_are_reported_at_the_introspection_field() =>
        ExpectErrors(_rule, """
            {
              __schema {
                types { fields { type { fields { type { fields { name } } } } } }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Interfaces_possible_types_and_input_fields_count_alike() =>
        ExpectErrors(_rule, """
            { __type(name: "Node") { interfaces { possibleTypes { inputFields { name } } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Depth_is_counted_through_fragment_spreads_and_inline_fragments() =>
        ExpectErrors(_rule, """
            { __schema { types { ...A } } }
            fragment A on __Type { fields { type { ... on __Type { ...B } } } }
            fragment B on __Type { possibleTypes { interfaces { name } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void An_introspection_field_inside_a_fragment_is_checked_there() =>
        ExpectErrors(_rule, """
            { ...Deep }
            fragment Deep on Query {
              __type(name: "Job") { fields { type { fields { type { inputFields { name } } } } } }
            }
            """,
            Error("Maximum introspection depth exceeded", (3, 3)));

    [Fact]
    public void An_introspection_field_inside_a_reported_one_is_not_reported_again() =>
        ExpectErrors(_rule, """
            {
              __type(name: "A") {
                fields { type { fields { type { fields {
                  __type(name: "B") { fields { type { fields { type { fields { name } } } } } }
                } } } } }
              }
              __schema { types { name } }
            }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Fragment_cycles_end_the_search() =>
        ExpectValid(_rule, """
            { __schema { types { ...A } } }
            fragment A on __Type { ofType { ...B } }
            fragment B on __Type { ofType { ...A } }
            """);

    [Fact]
    public void A_cycle_is_cut_where_it_closes() =>
        ExpectValid(_rule, """
            { __schema { types { ...A } } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { interfaces { ...A } }
            """);

    [Fact]
    public void Depth_reached_before_a_cycle_closes_is_reported() =>
        ExpectErrors(_rule, """
            { __schema { types { ...A } } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { interfaces { possibleTypes { ...A } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Fragments_spread_twice_at_every_level_are_searched_in_linear_time()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 60).Select(i => $"fragment F{i} on __Type {{ ...F{i + 1} ofType {{ ...F{i + 1} }} }}"));
        ExpectValid(_rule, "{ __schema { types { ...F0 } } }\n" + fragments + "\nfragment F60 on __Type { fields { name } }");
        ExpectErrors(_rule, "{ __schema { types { ...F0 } } }\n" + fragments + "\nfragment F60 on __Type { fields { type { fields { type { fields { name } } } } } }",
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void A_cyclic_document_with_exponentially_many_paths_gives_up_instead_of_hanging()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 60).Select(i => $"fragment F{i} on __Type {{ ...F{i + 1} ofType {{ ...F{i + 1} }} }}"));
        ExpectValid(_rule, "{ __schema { types { ...F0 } } }\n" + fragments + "\nfragment F60 on __Type { ...F0 fields { name } }");
    }
}
