using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private readonly NoUnusedFragmentsRule _rule = new();

    [Fact]
    public void Fragments_used_directly_or_through_other_fragments_are_valid() =>
        ExpectValid(_rule, """
            query One { artist(id: "1") { ...A } }
            query Two { work(id: "1") { ... on Album { ...B } } }
            fragment A on Artist { name members { ...C } }
            fragment B on Album { title }
            fragment C on Artist { id }
            """);

    [Fact]
    public void Unused_fragments_are_reported_in_document_order_at_their_definitions() =>
        ExpectErrors(_rule, """
            { artist(id: "1") { ...Used } }
            fragment Unused on Artist { ...UsedByUnused }
            fragment Used on Artist { name }
            fragment UsedByUnused on Artist { id }
            """,
            Error("Fragment \"Unused\" is never used.", (2, 1)),
            Error("Fragment \"UsedByUnused\" is never used.", (4, 1)));

    [Fact]
    public void Fragments_spreading_each_other_but_no_operation_are_unused() =>
        ExpectErrors(_rule, """
            { __typename }
            fragment A on Query { ...B }
            fragment B on Query { ...A }
            """,
            Error("Fragment \"A\" is never used.", (2, 1)),
            Error("Fragment \"B\" is never used.", (3, 1)));

    [Fact]
    public void A_document_of_fragments_alone_reports_them_all() =>
        ExpectErrors(_rule, """
            fragment Lonely on Query { __typename }
            """,
            Error("Fragment \"Lonely\" is never used.", (1, 1)));

    [Fact]
    public void A_spread_of_an_unknown_fragment_does_not_break_the_search() =>
        ExpectValid(_rule, """
            { ...Missing ...Known }
            fragment Known on Query { __typename }
            """);
}
