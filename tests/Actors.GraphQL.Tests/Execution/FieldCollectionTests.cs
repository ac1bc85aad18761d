using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private const string Sdl = """
        type Query { people: [Person] me: Freelancer }
        interface Person { name: String }
        type Freelancer implements Person { name: String rate: Int }
        type Client implements Person { name: String company: String }
        union Anyone = Freelancer | Client
        """;

    private static Schema People() => SchemaBuilder.Build(Sdl)
        .Resolve("Query.people", _ => new object[] { new Freelancer("Ada", 90), new Client("Bob", "Acme") })
        .Resolve("Query.me", _ => new Freelancer("Ada", 90));

    [Fact]
    public async Task Fragments_and_inline_fragments_apply_by_type_condition()
    {
        var json = await People().RunAsync("""
            {
              people {
                __typename
                ...Names
                ... on Freelancer { rate }
                ... on Client { company }
              }
            }

            fragment Names on Person { name }
            """);

        Assert.Equal(
            """{"data":{"people":[{"__typename":"Freelancer","name":"Ada","rate":90},{"__typename":"Client","name":"Bob","company":"Acme"}]}}""",
            json);
    }

    [Fact]
    public async Task Fields_repeated_through_fragments_merge_under_one_key_in_first_seen_order()
    {
        var json = await People().RunAsync("""
            { me { ...Rate name ... { rate name } } }
            fragment Rate on Freelancer { rate }
            """);

        Assert.Equal("""{"data":{"me":{"rate":90,"name":"Ada"}}}""", json);
    }

    [Fact]
    public async Task A_fragment_spread_twice_in_one_selection_set_is_collected_once()
    {
        var json = await People().RunAsync("""
            { me { ...N ...N } }
            fragment N on Person { n: name }
            """);

        Assert.Equal("""{"data":{"me":{"n":"Ada"}}}""", json);
    }

    [Fact]
    public async Task Sub_selections_of_merged_fields_are_merged()
    {
        var json = await People().RunAsync("{ me { name } ... { me { ... on Freelancer { rate } } } }");

        Assert.Equal("""{"data":{"me":{"name":"Ada","rate":90}}}""", json);
    }

    [Fact]
    public async Task Skip_and_include_with_literals()
    {
        var json = await People().RunAsync("""
            {
              me {
                a: name @skip(if: true)
                b: name @skip(if: false)
                c: name @include(if: true)
                d: name @include(if: false)
                e: name @include(if: true) @skip(if: true)
                ... on Freelancer @skip(if: true) { rate }
              }
            }
            """);

        Assert.Equal("""{"data":{"me":{"b":"Ada","c":"Ada"}}}""", json);
    }

    [Fact]
    public async Task Skip_and_include_with_variables_on_fields_spreads_and_inline_fragments()
    {
        const string Query = """
            query ($withRate: Boolean!, $hideName: Boolean = false) {
              me {
                name @skip(if: $hideName)
                ...Rate @include(if: $withRate)
                ... @include(if: $withRate) { r2: rate }
              }
            }
            fragment Rate on Freelancer { rate }
            """;

        Assert.Equal("""{"data":{"me":{"name":"Ada","rate":90,"r2":90}}}""", await People().RunAsync(Query, """{"withRate":true}"""));
        Assert.Equal("""{"data":{"me":{}}}""", await People().RunAsync(Query, """{"withRate":false,"hideName":true}"""));
    }

    [Fact]
    public async Task A_field_skipped_in_one_place_and_included_in_another_is_included()
    {
        var json = await People().RunAsync("{ me { name @skip(if: true) ... { name } } }");

        Assert.Equal("""{"data":{"me":{"name":"Ada"}}}""", json);
    }

    [Fact]
    public async Task A_skip_condition_that_is_not_a_boolean_fails_the_execution_when_validation_lets_it_through()
    {
        var json = await People().RunAsync("query ($hide: Boolean) { me { name @skip(if: $hide) } }", "{}", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(
            """{"errors":[{"message":"Directive \"@skip\" argument \"if\" must be a Boolean.","locations":[{"line":1,"column":36}],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""",
            json);
    }

    private sealed record Freelancer(string Name, int Rate);

    private sealed record Client(string Name, string Company);
}
