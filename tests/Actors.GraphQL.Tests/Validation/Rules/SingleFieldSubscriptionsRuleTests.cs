using Actors.GraphQL.Types;
using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private readonly SingleFieldSubscriptionsRule _rule = new();

    [Fact]
    public void One_root_field_is_valid_with_or_without_an_alias() =>
        ExpectValid(_rule, """
            subscription A { trackPlayed { title } }
            subscription B($id: ID) { released: albumReleased(artistId: $id) { title __typename } }
            """);

    [Fact]
    public void A_root_field_from_fragments_is_valid() =>
        ExpectValid(_rule, """
            subscription A { ...Root }
            subscription B { ... on Subscription { trackPlayed { title } } }
            fragment Root on Subscription { ... { creatorJoined { name } } }
            """);

    [Fact]
    public void Selections_of_one_response_key_merge_into_one_root_field() =>
        ExpectValid(_rule, """
            subscription S { trackPlayed { title } ...More trackPlayed { length } }
            fragment More on Subscription { trackPlayed { rating } }
            """);

    [Fact]
    public void Selections_excluded_by_a_literal_skip_or_include_are_not_collected() =>
        ExpectValid(_rule, """
            subscription S {
              trackPlayed { title }
              albumReleased @skip(if: true) { title }
              creatorJoined @include(if: false) { name }
              ...Extra @skip(if: true)
              ... @include(if: false) { __typename }
            }
            fragment Extra on Subscription { albumReleased { year } }
            """);

    [Fact]
    public void A_fragment_whose_type_condition_does_not_apply_to_the_root_adds_nothing() =>
        ExpectValid(_rule, """
            subscription S { trackPlayed { title } ... on Query { favouriteGenre } }
            """);

    [Fact]
    public void Queries_and_mutations_may_select_several_root_fields() =>
        ExpectValid(_rule, """
            query Q { favouriteGenre __typename }
            mutation M { a: rate(trackTitle: "t", stars: 5) { title } b: rate(trackTitle: "u", stars: 1) { title } }
            """);

    [Fact]
    public void A_schema_without_a_subscription_type_is_not_checked()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        ExpectErrorsOn(schema, _rule, "subscription S { a b }");
    }

    [Fact]
    public void A_second_root_field_is_reported_at_every_extra_field() =>
        ExpectErrors(_rule, """
            subscription Many {
              trackPlayed { title }
              albumReleased { title }
              creatorJoined { name }
            }
            """,
            Error("Subscription \"Many\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void An_anonymous_subscription_is_named_so_in_the_message() =>
        ExpectErrors(_rule, """
            subscription { trackPlayed { title } albumReleased { title } }
            """,
            Error("Anonymous Subscription must select only one top level field.", (1, 38)));

    [Fact]
    public void Root_fields_from_fragment_spreads_and_inline_fragments_count() =>
        ExpectErrors(_rule, """
            subscription S {
              trackPlayed { title }
              ...Extra
              ... on Subscription { creatorJoined { name } }
            }
            fragment Extra on Subscription { albumReleased { title } }
            """,
            Error("Subscription \"S\" must select only one top level field.", (6, 34), (4, 25)));

    [Fact]
    public void The_same_field_under_two_aliases_is_two_root_fields() =>
        ExpectErrors(_rule, """
            subscription S { first: trackPlayed { title } second: trackPlayed { title } }
            """,
            Error("Subscription \"S\" must select only one top level field.", (1, 47)));

    [Fact]
    public void Every_selection_of_an_extra_response_key_is_located() =>
        ExpectErrors(_rule, """
            subscription S {
              trackPlayed { title }
              albumReleased { title }
              albumReleased { year }
            }
            """,
            Error("Subscription \"S\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void A_literal_include_true_or_skip_false_keeps_the_selection() =>
        ExpectErrors(_rule, """
            subscription S {
              trackPlayed { title }
              albumReleased @include(if: true) { title }
              creatorJoined @skip(if: false) { name }
            }
            """,
            Error("Subscription \"S\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void A_condition_on_a_variable_does_not_exclude_the_selection() =>
        ExpectErrors(_rule, """
            subscription S($on: Boolean!) {
              trackPlayed { title }
              albumReleased @include(if: $on) { title }
            }
            """,
            Error("Subscription \"S\" must select only one top level field.", (3, 3)));

    [Fact]
    public void An_introspection_root_field_is_reported_with_all_its_selections() =>
        ExpectErrors(_rule, """
            subscription S { __typename ...T }
            fragment T on Subscription { __typename }
            """,
            Error("Subscription \"S\" must not select an introspection top level field.", (1, 18), (2, 30)));

    [Fact]
    public void An_extra_introspection_field_gets_both_errors() =>
        ExpectErrors(_rule, """
            subscription { trackPlayed { title } kind: __typename }
            """,
            Error("Anonymous Subscription must select only one top level field.", (1, 38)),
            Error("Anonymous Subscription must not select an introspection top level field.", (1, 38)));
}
