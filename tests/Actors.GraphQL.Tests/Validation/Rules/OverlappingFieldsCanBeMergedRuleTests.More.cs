using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Validation;
using Actors.GraphQL.Validation.Rules;

namespace Actors.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Field Selection Merging (https://spec.graphql.org/September2025/#sec-Field-Selection-Merging), with the
/// messages, locations and order of graphql-js 16.
/// </summary>

public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void A_fragment_conflicts_with_a_fragment_it_spreads() => ExpectErrors(
        """
        {
          dog {
            ...Outer
          }
        }

        fragment Outer on Dog {
          x: name
          ...Inner
        }

        fragment Inner on Dog {
          x: barkVolume
        }
        """,
        ("""Fields "x" conflict because "name" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(8, 3), (13, 3)]));

    [Fact]
    public void A_conflict_inside_a_fragment_is_reported_once_at_the_fragment() => ExpectErrors(
        """
        {
          dog {
            ...F
          }
          other: dog {
            ...F
          }
        }

        fragment F on Dog {
          x: name
          x: nickname
        }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(11, 3), (12, 3)]));

    [Fact]
    public void A_conflict_in_an_inline_fragment_is_reported_once() => ExpectErrors(
        """
        { dog { ... on Dog { x: name x: nickname } } }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 30)]));

    [Fact]
    public void An_inline_fragment_without_type_condition_conflicts_with_its_parent() => ExpectErrors(
        """
        { dog { ... { x: name } x: nickname } }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 15), (1, 25)]));

    [Fact]
    public void A_nested_conflict_blames_every_field_on_the_way() => ExpectErrors(
        """
        {
          dog {
            owner {
              contact: name
            }
          }
          dog {
            owner {
              contact: email
            }
          }
        }
        """,
        ("""Fields "dog" conflict because subfields "owner" conflict because subfields "contact" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]));

    [Fact]
    public void Several_nested_conflicts_are_joined_into_one_reason() => ExpectErrors(
        """
        {
          dog {
            x: name
            y: barkVolume
          }
          dog {
            x: nickname
            y: name
          }
        }
        """,
        ("""Fields "dog" conflict because subfields "x" conflict because "name" and "nickname" are different fields and subfields "y" conflict because "barkVolume" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]));

    [Fact]
    public void Nested_conflicts_reached_through_fragments() => ExpectErrors(
        """
        {
          dog {
            owner {
              ...PersonName
            }
          }
          dog {
            owner {
              ...PersonEmail
            }
          }
        }

        fragment PersonName on Person {
          contact: name
        }

        fragment PersonEmail on Person {
          contact: email
        }
        """,
        ("""Fields "dog" conflict because subfields "owner" conflict because subfields "contact" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(2, 3), (3, 5), (15, 3), (7, 3), (8, 5), (19, 3)]));

    [Fact]
    public void The_same_object_type_through_two_fragments_is_not_exclusive() => ExpectErrors(
        """
        {
          pet {
            ...A
            ...B
          }
        }

        fragment A on Dog {
          owner {
            contact: name
          }
        }

        fragment B on Dog {
          owner {
            contact: email
          }
        }
        """,
        ("""Fields "owner" conflict because subfields "contact" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(9, 3), (10, 5), (15, 3), (16, 5)]));

    [Fact]
    public void Exclusive_parents_still_need_the_same_shape_below() => ExpectErrors(
        """
        { pet { ... on Dog { owner { contact: name } } ... on Cat { owner { contact: id } } } }
        """,
        ("""Fields "owner" conflict because subfields "contact" conflict because they return conflicting types "String" and "ID!". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 30), (1, 61), (1, 69)]));

    [Fact]
    public void A_conflict_deep_below_reports_each_level() => ExpectErrors(
        """
        {
          dog {
            friends {
              owner {
                x: name
              }
            }
          }
          dog {
            friends {
              owner {
                x: email
              }
            }
          }
        }
        """,
        ("""Fields "dog" conflict because subfields "friends" conflict because subfields "owner" conflict because subfields "x" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(2, 3), (3, 5), (4, 7), (5, 9), (9, 3), (10, 5), (11, 7), (12, 9)]));

    [Fact]
    public void Outer_selection_sets_report_before_inner_ones() => ExpectErrors(
        """
        {
          dog {
            x: name
            x: nickname
          }
          cat {
            y: name
            y: nickname
          }
          z: dog {
            name
          }
          z: cat {
            name
          }
        }
        """,
        ("""Fields "z" conflict because "dog" and "cat" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(10, 3), (13, 3)]),
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(3, 5), (4, 5)]),
        ("""Fields "y" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(7, 5), (8, 5)]));

    [Fact]
    public void Every_conflicting_pair_is_reported() => ExpectErrors(
        """
        { dog { x: name x: nickname x: barkVolume } }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 17)]),
        ("""Fields "x" conflict because "name" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 29)]),
        ("""Fields "x" conflict because "nickname" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 17), (1, 29)]));

    [Fact]
    public void A_field_conflicts_with_a_field_of_a_fragment_spread_below() => ExpectErrors(
        """
        {
          dog {
            ...F
            owner {
              x: name
            }
          }
        }

        fragment F on Dog {
          owner {
            x: email
          }
          friends {
            ...F
          }
        }
        """,
        ("""Fields "owner" conflict because subfields "x" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(4, 5), (5, 7), (11, 3), (12, 5)]));

    [Fact]
    public void A_fragment_compared_under_exclusive_parents_is_compared_again_under_overlapping_ones() => ExpectErrors(
        """
        {
          pet {
            ... on Dog {
              owner {
                x: name
              }
            }
            ... on Cat {
              owner {
                ...P
              }
            }
            ... on Dog {
              owner {
                ...P
              }
            }
          }
        }

        fragment P on Person {
          x: email
        }
        """,
        ("""Fields "owner" conflict because subfields "x" conflict because "name" and "email" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(4, 7), (5, 9), (14, 7), (22, 3)]));

    [Fact]
    public void A_wide_and_deep_lattice_of_fragments_compares_each_pair_once()
    {
        // Every fragment spreads both fragments of the next level: followed naively, the paths double per level.
        var (document, lines) = Lattice(depth: 40, width: 20, nested: false);

        // The search first meets the last pair with Y40 on the left, so graphql-js blames Y40's field first.
        ExpectErrors(
            document,
            ("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields." + Suffix,
                [(lines.IndexOf("fragment Y40 on Dog {") + 2, 3), (lines.IndexOf("fragment X40 on Dog {") + 2, 3)]));
    }

    [Fact]
    public void A_conflict_found_deep_below_is_cut_short_in_message_and_locations()
    {
        var (document, lines) = Lattice(depth: 40, width: 10, nested: true);

        var error = Assert.Single(Validate(document));

        // The reason is cut after 1,000 characters; each side blames at most 20 fields, the outermost and the deepest.
        var reason = string.Concat(Enumerable.Repeat("subfields \"friends\" conflict because ", 30))[..1000] + "...";
        Assert.Equal($"Fields \"friends\" conflict because {reason}.{Suffix}", error.Message);
        var locations = error.Locations!;
        Assert.Equal(40, locations.Count);
        Assert.Equal(new SourceLocation(lines.IndexOf("fragment X0 on Dog {") + 12, 3), locations[0]);
        Assert.Equal(new SourceLocation(lines.IndexOf("fragment X40 on Dog {") + 2, 3), locations[19]);
        Assert.Equal(new SourceLocation(lines.IndexOf("fragment Y0 on Dog {") + 12, 3), locations[20]);
        Assert.Equal(new SourceLocation(lines.IndexOf("fragment Y40 on Dog {") + 2, 3), locations[39]);
    }

    [Fact]
    public void Long_names_are_cut_short_in_the_message()
    {
        var alias = new string('a', 1001);

        ExpectErrors(
            $"{{ dog {{ {alias}: name {alias}: nickname }} }}",
            ($"Fields \"{alias[..1000]}...\" conflict because \"name\" and \"nickname\" are different fields.{Suffix}", [(1, 9), (1, 1017)]));
    }

    [Fact]
    public void Too_much_comparison_work_aborts_validation()
    {
        // 1,001 fields of one response name make half a million pairs to compare: more work than graphql-js's budget allows.
        var error = Assert.Single(Validate($"{{ dog {{ {string.Join(' ', Enumerable.Repeat("name", 1001))} }} }}"));

        Assert.Equal("Validation aborted.", error.Message);
        Assert.Equal(ValidationErrorCodes.Aborted, error.Code);
    }

    [Fact]
    public void Many_fields_of_one_response_name_within_the_budget_are_checked() =>
        ExpectValid($"{{ dog {{ {string.Join(' ', Enumerable.Repeat("name", 700))} }} }}");

    private static IReadOnlyList<GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(s_schema, Parser.Parse(document), [new OverlappingFieldsCanBeMergedRule()]);

    private static void ExpectValid(string document) => Assert.Empty(Validate(document));

    private static void ExpectErrors(string document, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = Validate(document);

        Assert.Equal(
            expected.Select(e => (e.Message, string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))),
            errors.Select(e => (e.Message, string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}")))));
    }

    /// <summary>
    /// <c>{ dog { ...X0 ...Y0 } }</c> where X<i>i</i> and Y<i>i</i> select <paramref name="width"/> fields and
    /// spread X<i>i+1</i> and Y<i>i+1</i> (also inside <c>friends</c> when <paramref name="nested"/>); only the
    /// last level differs, in <c>x</c>. Returns the document and its lines.
    /// </summary>
    private static (string Document, List<string> Lines) Lattice(int depth, int width, bool nested)
    {
        var lines = new List<string> { "{", "  dog {", "    ...X0", "    ...Y0", "  }", "}" };
        for (var level = 0; level < depth; level++)
        {
            foreach (var prefix in new[] { "X", "Y" })
            {
                lines.Add("");
                lines.Add($"fragment {prefix}{level} on Dog {{");
                lines.AddRange(Enumerable.Range(0, width).Select(i => $"  f{i}: name"));
                if (nested)
                {
                    lines.Add($"  friends {{ ...X{level + 1} ...Y{level + 1} }}");
                }

                lines.Add($"  ...X{level + 1}");
                lines.Add($"  ...Y{level + 1}");
                lines.Add("}");
            }
        }

        lines.AddRange(["", $"fragment X{depth} on Dog {{", "  x: name", "}", "", $"fragment Y{depth} on Dog {{", "  x: nickname", "}"]);
        return (string.Join("\n", lines), lines);
    }
}
