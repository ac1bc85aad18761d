using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private readonly KnownFragmentNamesRule _rule = new();

    [Fact]
    public void Spreads_of_defined_fragments_are_valid() =>
        ExpectValid(_rule, """
            {
              artist(id: "1") { ...ArtistFields ... on Artist { ...More } }
            }
            fragment ArtistFields on Artist { name ...More }
            fragment More on Artist { id }
            """);

    [Fact]
    public void Unknown_fragments_are_reported_at_the_spread_name() =>
        ExpectErrors(_rule, """
            {
              ...Missing
              artist(id: "1") {
                ... on Artist { ...AlsoMissing }
              }
            }
            fragment Known on Artist { ...Absent }
            """,
            Error("Unknown fragment \"Missing\".", (2, 6)),
            Error("Unknown fragment \"AlsoMissing\".", (4, 24)),
            Error("Unknown fragment \"Absent\".", (7, 31)));

    [Fact]
    public void Fragment_names_are_case_sensitive() =>
        ExpectErrors(_rule, """
            { ...frag }
            fragment Frag on Query { __typename }
            """,
            Error("Unknown fragment \"frag\".", (1, 6)));
}
