using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private readonly KnownTypeNamesRule _rule = new();

    [Fact]
    public void Known_types_in_variables_and_type_conditions_are_valid() =>
        ExpectValid(_rule, """
            query Q($id: ID!, $genres: [Genre!], $filter: WorkFilter, $flag: Boolean = false) {
              artist(id: $id) { ...A ... on Artist { name } }
              __type(name: "Artist") { ...T }
            }
            fragment A on Creator { name }
            fragment T on __Type { name }
            """);

    [Fact]
    public void Unknown_types_are_reported_in_document_order_with_suggestions() =>
        ExpectErrors(_rule, """
            query Q($a: Strng, $b: [Genres!]!) {
              artist(id: "1") { ... on Artis { name } }
            }
            fragment W on Wrok { title }
            """,
            Error("Unknown type \"Strng\". Did you mean \"String\"?", (1, 13)),
            Error("Unknown type \"Genres\". Did you mean \"Genre\"?", (1, 25)),
            Error("Unknown type \"Artis\". Did you mean \"Artist\"?", (2, 28)),
            Error("Unknown type \"Wrok\". Did you mean \"Work\" or \"Book\"?", (4, 15)));

    [Fact]
    public void An_unknown_type_like_nothing_gets_no_suggestion() =>
        ExpectErrors(_rule, """
            fragment F on Spaceship { name }
            """,
            Error("Unknown type \"Spaceship\".", (1, 15)));

    [Fact]
    public void Several_suggestions_come_closest_first() =>
        ExpectErrors(_rule, """
            query Q($x: Lable) { __typename }
            """,
            Error("Unknown type \"Lable\". Did you mean \"Label\" or \"Album\"?", (1, 13)));

    [Fact]
    public void A_type_defined_in_the_document_is_known() =>
        ExpectValid(_rule, """
            query Q($x: Extra) { __typename }
            input Extra { a: Int }
            """);

    [Fact]
    public void Type_references_inside_type_definitions_are_checked_too() =>
        ExpectErrors(_rule, """
            { __typename }
            type Extra implements Nod {
              id: ID!
              tags: [Strin]
              other: Extra
            }
            """,
            Error("Unknown type \"Nod\". Did you mean \"Node\" or \"ID\"?", (2, 23)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (4, 10)));
}
