using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Field Selection Merging (https://spec.graphql.org/September2025/#sec-Field-Selection-Merging), with the
/// messages, locations and order of graphql-js 16.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private const string Suffix = " Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly Schema s_schema = SchemaBuilder.Build(
        """
        interface Node {
          id: ID!
        }

        interface Animal {
          name(surname: Boolean): String
          nickname: String
        }

        type Dog implements Node & Animal {
          id: ID!
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          isHousetrained(atOtherHomes: Boolean = true): Boolean
          doesKnowCommand(command: Command): Boolean
          lastCommand: Command
          owner: Person
          friends: [Dog]
          tags: [String!]
        }

        type Cat implements Node & Animal {
          id: ID!
          name(surname: Boolean): String
          nickname: String
          meowVolume: Int
          lives: Int!
          furColor: Color
          owner: Person
          tags: [String]
        }

        type Person implements Node {
          id: ID!
          name: String
          email: String
          pets: [Animal]
        }

        union Pet = Dog | Cat

        enum Command {
          SIT
          HEEL
        }

        enum Color {
          BLACK
          WHITE
        }

        input Filter {
          name: String
          tags: [String]
        }

        type Query {
          dog: Dog
          cat: Cat
          pet: Pet
          animal: Animal
          node(id: ID!): Node
          people(filter: Filter): [Person]
          field(arg: String, other: Int, filter: Filter): String
        }
        """);

    [Fact]
    public void Distinct_response_names_do_not_conflict() => ExpectValid(
        """
        { dog { name nickname barkVolume } }
        """);

    [Fact]
    public void The_same_field_twice_merges() => ExpectValid(
        """
        { dog { name name } }
        """);

    [Fact]
    public void The_same_field_with_the_same_arguments_merges() => ExpectValid(
        """
        { dog { doesKnowCommand(command: SIT) doesKnowCommand(command: SIT) } }
        """);

    [Fact]
    public void Arguments_in_a_different_order_are_the_same_arguments() => ExpectValid(
        """
        { f: field(arg: "a", other: 1) f: field(other: 1, arg: "a") }
        """);

    [Fact]
    public void Object_values_with_fields_in_a_different_order_are_equal() => ExpectValid(
        """
        { field(filter: { name: "a", tags: ["x", "y"] }) field(filter: { tags: ["x", "y"], name: "a" }) }
        """);

    [Fact]
    public void The_same_variable_twice_is_the_same_argument() => ExpectValid(
        """
        query Q($c: Command) { dog { doesKnowCommand(command: $c) doesKnowCommand(command: $c) } }
        """);

    [Fact]
    public void Directives_are_not_compared() => ExpectValid(
        """
        { dog { name @include(if: true) name @skip(if: false) } }
        """);

    [Fact]
    public void Different_arguments_under_different_aliases_do_not_conflict() => ExpectValid(
        """
        { dog { sits: doesKnowCommand(command: SIT) heels: doesKnowCommand(command: HEEL) } }
        """);

    [Fact]
    public void A_field_selected_directly_and_through_a_fragment_merges() => ExpectValid(
        """
        {
          dog {
            name
            ...DogName
          }
        }

        fragment DogName on Dog {
          name
        }
        """);

    [Fact]
    public void The_same_fragment_spread_twice_merges() => ExpectValid(
        """
        {
          dog {
            ...DogName
            ...DogName
          }
        }

        fragment DogName on Dog {
          name
        }
        """);

    [Fact]
    public void Different_fields_under_one_alias_on_different_object_types_do_not_conflict() => ExpectValid(
        """
        { pet { ... on Dog { name: nickname } ... on Cat { name } } }
        """);

    [Fact]
    public void Different_arguments_on_different_object_types_do_not_conflict() => ExpectValid(
        """
        { pet { ... on Dog { name(surname: true) } ... on Cat { name(surname: false) } } }
        """);

    [Fact]
    public void Exclusive_parents_carry_into_sub_selections() => ExpectValid(
        """
        { pet { ... on Dog { owner { contact: name } } ... on Cat { owner { contact: email } } } }
        """);

    [Fact]
    public void An_interface_field_and_the_same_field_on_an_implementation_merge() => ExpectValid(
        """
        { animal { name ... on Dog { name } ... on Cat { name } } }
        """);

    [Fact]
    public void Typename_under_one_alias_merges_everywhere() => ExpectValid(
        """
        { pet { kind: __typename ... on Dog { kind: __typename } ... on Cat { kind: __typename } } }
        """);

    [Fact]
    public void Sub_selections_of_a_repeated_field_merge() => ExpectValid(
        """
        { dog { owner { name } } dog { owner { email } } }
        """);

    [Fact]
    public void Fragment_cycles_do_not_loop_forever() => ExpectValid(
        """
        {
          dog {
            ...A
          }
        }

        fragment A on Dog {
          name
          ...B
        }

        fragment B on Dog {
          name
          ...A
        }
        """);

    [Fact]
    public void Unknown_fragments_are_left_to_their_own_rule() => ExpectValid(
        """
        { dog { name ...Missing } }
        """);

    [Fact]
    public void One_alias_for_two_different_fields_conflicts() => ExpectErrors(
        """
        { dog { x: name x: nickname } }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 17)]));

    [Fact]
    public void An_alias_that_hides_another_field_conflicts() => ExpectErrors(
        """
        { dog { name: nickname name } }
        """,
        ("""Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 24)]));

    [Fact]
    public void Different_enum_arguments_conflict() => ExpectErrors(
        """
        { dog { doesKnowCommand(command: SIT) doesKnowCommand(command: HEEL) } }
        """,
        ("""Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 39)]));

    [Fact]
    public void An_argument_on_one_field_only_conflicts_even_when_it_equals_the_default() => ExpectErrors(
        """
        { dog { isHousetrained isHousetrained(atOtherHomes: true) } }
        """,
        ("""Fields "isHousetrained" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 24)]));

    [Fact]
    public void Different_arguments_conflict_however_they_are_named() => ExpectErrors(
        """
        { dog { isHousetrained(atOtherHomes: true) isHousetrained(otherHomes: true) } }
        """,
        ("""Fields "isHousetrained" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 9), (1, 44)]));

    [Fact]
    public void Two_different_variables_conflict() => ExpectErrors(
        """
        query Q($a: Command, $b: Command) { dog { doesKnowCommand(command: $a) doesKnowCommand(command: $b) } }
        """,
        ("""Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 43), (1, 72)]));

    [Fact]
    public void A_variable_and_a_literal_conflict() => ExpectErrors(
        """
        query Q($a: Command) { dog { doesKnowCommand(command: $a) doesKnowCommand(command: SIT) } }
        """,
        ("""Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 30), (1, 59)]));

    [Fact]
    public void A_block_string_and_a_quoted_string_are_different_arguments() => ExpectErrors(
        """"
        { field(arg: "a") field(arg: """a""") }
        """",
        ("""Fields "field" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 3), (1, 19)]));

    [Fact]
    public void List_values_in_a_different_order_conflict() => ExpectErrors(
        """
        { field(filter: { tags: ["x", "y"] }) field(filter: { tags: ["y", "x"] }) }
        """,
        ("""Fields "field" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 3), (1, 39)]));

    [Fact]
    public void Different_leaf_types_conflict_even_on_exclusive_parents() => ExpectErrors(
        """
        { pet { ... on Dog { volume: barkVolume } ... on Cat { volume: name } } }
        """,
        ("""Fields "volume" conflict because they return conflicting types "Int" and "String". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 56)]));

    [Fact]
    public void Non_null_and_nullable_conflict() => ExpectErrors(
        """
        { pet { ... on Dog { count: barkVolume } ... on Cat { count: lives } } }
        """,
        ("""Fields "count" conflict because they return conflicting types "Int" and "Int!". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 55)]));

    [Fact]
    public void Lists_with_different_item_nullability_conflict() => ExpectErrors(
        """
        { pet { ... on Dog { tags } ... on Cat { tags } } }
        """,
        ("""Fields "tags" conflict because they return conflicting types "[String!]" and "[String]". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 42)]));

    [Fact]
    public void A_list_and_a_scalar_conflict() => ExpectErrors(
        """
        { pet { ... on Dog { x: tags } ... on Cat { x: nickname } } }
        """,
        ("""Fields "x" conflict because they return conflicting types "[String!]" and "String". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 45)]));

    [Fact]
    public void Two_different_enums_conflict() => ExpectErrors(
        """
        { pet { ... on Dog { c: lastCommand } ... on Cat { c: furColor } } }
        """,
        ("""Fields "c" conflict because they return conflicting types "Command" and "Color". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 52)]));

    [Fact]
    public void An_object_and_a_scalar_conflict_on_exclusive_parents() => ExpectErrors(
        """
        { pet { ... on Dog { x: owner { name } } ... on Cat { x: name } } }
        """,
        ("""Fields "x" conflict because they return conflicting types "Person" and "String". Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 55)]));

    [Fact]
    public void An_interface_and_an_implementation_are_not_exclusive() => ExpectErrors(
        """
        { animal { ... on Animal { n: name } ... on Dog { n: nickname } } }
        """,
        ("""Fields "n" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 28), (1, 51)]));

    [Fact]
    public void An_unknown_type_condition_is_not_exclusive() => ExpectErrors(
        """
        { pet { ... on Dog { x: name } ... on Unknown { x: nickname } } }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(1, 22), (1, 49)]));

    [Fact]
    public void A_field_conflicts_with_a_field_of_a_spread_fragment() => ExpectErrors(
        """
        {
          dog {
            name
            ...DogNickname
          }
        }

        fragment DogNickname on Dog {
          name: nickname
        }
        """,
        ("""Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(3, 5), (9, 3)]));

    [Fact]
    public void Two_spread_fragments_conflict() => ExpectErrors(
        """
        {
          dog {
            ...A
            ...B
          }
        }

        fragment A on Dog {
          x: name
        }

        fragment B on Dog {
          x: nickname
        }
        """,
        ("""Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional.""", [(9, 3), (13, 3)]));
}
