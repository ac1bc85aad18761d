using Actors.GraphQL.Validation.Rules;
using static Actors.GraphQL.Tests.Validation.Rules.CatalogueRuleHarness;

namespace Actors.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private readonly NoFragmentCyclesRule _rule = new();

    [Fact]
    public void Fragments_spreading_others_without_a_cycle_are_valid() =>
        ExpectValid(_rule, """
            fragment A on Artist { ...B ...B members { ...B } }
            fragment B on Artist { ...C ... on Artist { ...C } }
            fragment C on Artist { name }
            """);

    [Fact]
    public void Spreading_the_same_fragment_in_sibling_selections_is_not_a_cycle() =>
        ExpectValid(_rule, """
            { artist(id: "1") { ...A members { ...A } } }
            fragment A on Artist { name }
            """);

    [Fact]
    public void A_spread_of_an_unknown_fragment_is_left_to_KnownFragmentNamesRule() =>
        ExpectValid(_rule, """
            fragment A on Artist { ...Missing }
            """);

    [Fact]
    public void A_fragment_spreading_itself_is_reported_at_the_spread() =>
        ExpectErrors(_rule, """
            fragment A on Artist { ...A }
            """,
            Error("Cannot spread fragment \"A\" within itself.", (1, 24)));

    [Fact]
    public void A_fragment_spreading_itself_in_a_nested_selection_is_reported() =>
        ExpectErrors(_rule, """
            fragment A on Artist {
              members {
                ... on Artist { ...A }
              }
            }
            """,
            Error("Cannot spread fragment \"A\" within itself.", (3, 21)));

    [Fact]
    public void A_cycle_through_another_fragment_names_it_and_locates_every_spread() =>
        ExpectErrors(_rule, """
            fragment A on Query { ...B }
            fragment B on Query { ...A }
            """,
            Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 23), (2, 23)));

    [Fact]
    public void Each_cycle_is_reported_once_even_when_cycles_share_fragments() =>
        ExpectErrors(_rule, """
            fragment A on Query { ...B }
            fragment B on Query { ...C }
            fragment C on Query { ...A ...B }
            """,
            Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 23), (2, 23), (3, 23)),
            Error("Cannot spread fragment \"B\" within itself via \"C\".", (2, 23), (3, 28)));

    [Fact]
    public void A_cycle_reached_from_a_fragment_outside_it_is_reported_from_where_it_closes() =>
        ExpectErrors(_rule, """
            fragment Outside on Query { ...Loop }
            fragment Loop on Query { ...Loop }
            """,
            Error("Cannot spread fragment \"Loop\" within itself.", (2, 26)));
}
