using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;

namespace Actors.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The shared harness of the rule tests: a small fixed schema (a music and book catalogue with
/// interfaces, unions, an enum, an input object and all three root types) and assertions that validate a
/// document with one rule and compare every error's message and line/column locations.
/// </summary>
internal static class CatalogueRuleHarness
{
    public const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        interface Node {
          id: ID!
        }

        interface Creator {
          name: String!
          works: [Work!]!
        }

        interface Work {
          title: String!
          year: Int
        }

        type Artist implements Node & Creator {
          id: ID!
          name: String!
          works: [Work!]!
          genres: [Genre!]!
          label: Label
          members: [Artist!]
        }

        type Author implements Node & Creator {
          id: ID!
          name: String!
          works: [Work!]!
          penName: String
        }

        type Album implements Node & Work {
          id: ID!
          title: String!
          year: Int
          tracks(first: Int = 10): [Track!]!
          artist: Artist!
        }

        type Book implements Node & Work {
          id: ID!
          title: String!
          year: Int
          pages: Int
          author: Author!
        }

        type Track {
          title: String!
          length: Int
          rating: Float
        }

        type Label {
          name: String!
          country: String
        }

        type Chart {
          top1: Track
          top2: Track
          top9: Track
          top10: Track
          top20: Track
          top100: Track
        }

        union SearchResult = Artist | Album | Book
        union Media = Album | Book
        union Person = Artist | Author

        enum Genre { ROCK JAZZ POP }

        input WorkFilter {
          year: Int
          genre: Genre
        }

        type Query {
          node(id: ID!): Node
          work(id: ID!): Work
          artist(id: ID!): Artist
          creator(name: String!): Creator
          search(text: String!, filter: WorkFilter): [SearchResult!]!
          media: [Media]
          people: [Person!]
          chart: Chart
          favouriteGenre: Genre
        }

        type Mutation {
          rate(trackTitle: String!, stars: Int!): Track
        }

        type Subscription {
          trackPlayed: Track!
          albumReleased(artistId: ID): Album!
          creatorJoined: Creator
        }
        """;

    public static Schema Schema { get; } = SchemaBuilder.Build(Sdl);

    /// <summary>An expected error: its message and every location as (line, column).</summary>
    public static string Error(string message, params (int Line, int Column)[] locations) =>
        message + " @ " + string.Join("; ", locations.Select(l => $"{l.Line}:{l.Column}"));

    public static void ExpectValid(IValidationRule rule, string document) => ExpectErrorsOn(Schema, rule, document);

    public static void ExpectErrors(IValidationRule rule, string document, params string[] expected) =>
        ExpectErrorsOn(Schema, rule, document, expected);

    /// <summary>As <see cref="ExpectErrors"/>, against another schema.</summary>
    public static void ExpectErrorsOn(Schema schema, IValidationRule rule, string document, params string[] expected)
    {
        var errors = DocumentValidator.Validate(schema, Parser.Parse(document), [rule]);
        var actual = errors.Select(e => Error(e.Message, [.. (e.Locations ?? []).Select(l => (l.Line, l.Column))])).ToList();
        Assert.Equal(expected, actual);
        Assert.All(errors, e => Assert.Equal(ValidationErrorCodes.Failed, e.Code));
    }
}
