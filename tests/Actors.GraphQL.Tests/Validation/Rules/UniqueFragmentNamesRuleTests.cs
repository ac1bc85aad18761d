using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private readonly UniqueFragmentNamesRule _rule = new();

    [Fact]
    public void Distinct_fragment_names_are_valid() =>
        ExpectValid(_rule, """
            { artist(id: "1") { ...A ...B } }
            fragment A on Artist { name }
            fragment B on Artist { id }
            """);

    [Fact]
    public void A_fragment_may_share_its_name_with_an_operation() =>
        ExpectValid(_rule, """
            query Shared { ...Shared }
            fragment Shared on Query { __typename }
            """);

    [Fact]
    public void Inline_fragments_have_no_names_to_clash() =>
        ExpectValid(_rule, """
            { artist(id: "1") { ... on Artist { name } ... on Artist { id } } }
            """);

    [Fact]
    public void A_duplicate_is_reported_at_both_names() =>
        ExpectErrors(_rule, """
            { ...F }
            fragment F on Query { __typename }
            fragment F on Query { favouriteGenre }
            """,
            Error("There can be only one fragment named \"F\".", (2, 10), (3, 10)));

    [Fact]
    public void Each_further_duplicate_is_reported_with_the_first() =>
        ExpectErrors(_rule, """
            fragment Dup on Query { __typename }
            fragment Other on Query { __typename }
            fragment Dup on Query { __typename }
            fragment Dup on Query { __typename }
            """,
            Error("There can be only one fragment named \"Dup\".", (1, 10), (3, 10)),
            Error("There can be only one fragment named \"Dup\".", (1, 10), (4, 10)));
}
