using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;

namespace Actors.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The shared harness of the rule tests: a small fixed pet-world schema with one argument of every input
/// kind, custom scalars and directives at every executable location, and <see cref="ExpectValid"/> /
/// <see cref="ExpectErrors"/>, which run one rule and compare every message and line/column location.
/// </summary>
internal static class PetRuleHarness
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        scalar DateTime
        scalar Decimal
        scalar Long

        directive @tag(name: String!) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField(level: Int = 1, label: String) on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition(reason: String!) on VARIABLE_DEFINITION
        directive @onObject on OBJECT

        enum DogCommand { SIT HEEL DOWN }
        enum Color { RED GREEN BLUE }

        interface Pet {
          name(surname: Boolean): String
        }

        type Dog implements Pet {
          name(surname: Boolean): String
          nickname: String
          barks: Boolean
          isHousetrained(atOtherHomes: Boolean = true): Boolean
          doesKnowCommand(dogCommand: DogCommand!): Boolean
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          meows: Boolean
        }

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          nested: ComplexInput
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
          complex: ComplexInput
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: Color): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          nonNullStringListArgField(nonNullStringListArg: [String]!): String
          matrixArgField(matrix: [[Int!]!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          nonNullOneOfArgField(oneOfArg: OneOfInput!): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
          listWithDefault(ints: [Int!] = [1]): String
          dateTimeArgField(at: DateTime): String
          decimalArgField(amount: Decimal): String
          longArgField(count: Long): String
        }

        type Query {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          complicatedArgs: ComplicatedArgs
        }

        type Mutation {
          ping(input: ComplexInput): Boolean
        }

        type Subscription {
          ticks(every: Int): Int
        }
        """;

    public static Schema Schema { get; } = SchemaBuilder.Build(Sdl);

    /// <summary>One error the test expects: its message and its locations as (line, column).</summary>
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static void ExpectValid(IValidationRule rule, string document) => ExpectErrors(rule, document);

    public static void ExpectErrors(IValidationRule rule, string document, params ExpectedError[] expected)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), [rule]);
        Assert.Equal(
            expected.Select(e => Describe(e.Message, e.Locations)).ToList(),
            errors.Select(e => Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)))).ToList());
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @ {string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>An error a rule test expects.</summary>
internal sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations);
