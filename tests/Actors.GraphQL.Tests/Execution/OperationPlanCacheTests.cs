using System.Text.Json;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

/// <summary>
/// One executor answering the same document many times: the grouped field sets it keeps with the document must give every
/// request the fields its own variables select, the arguments its own variables give, and the errors it had before.
/// </summary>
public sealed class OperationPlanCacheTests
{
    private const string Sdl = """
        type Query { people(first: Int = 10): [Person] me: Freelancer }
        interface Person { name: String }
        type Freelancer implements Person { name: String rate: Int }
        type Client implements Person { name: String company: String }
        """;

    private static readonly object[] Everyone = [new Freelancer("Ada", 90), new Client("Bob", "Acme"), new Freelancer("Cy", 70)];

    private readonly RequestExecutor _executor = new(SchemaBuilder.Build(Sdl)
        .Resolve("Query.people", context => Everyone.Take((int)context.Argument("first")!).ToArray())
        .Resolve("Query.me", _ => new Freelancer("Ada", 90)));

    [Fact]
    public async Task Each_request_gets_the_fields_its_own_skip_and_include_variables_select()
    {
        const string Query = """
            query ($withRate: Boolean!, $hideName: Boolean = false) {
              me { name @skip(if: $hideName) ...Rate @include(if: $withRate) }
              people { ... on Freelancer { rate @skip(if: $withRate) } }
            }
            fragment Rate on Freelancer { rate }
            """;
        const string WithRate = """{"data":{"me":{"name":"Ada","rate":90},"people":[{},{},{}]}}""";
        const string WithoutRate = """{"data":{"me":{"name":"Ada"},"people":[{"rate":90},{},{"rate":70}]}}""";
        const string WithoutName = """{"data":{"me":{},"people":[{"rate":90},{},{"rate":70}]}}""";

        Assert.Equal(WithRate, await RunAsync(Query, """{"withRate":true}"""));
        Assert.Equal(WithoutRate, await RunAsync(Query, """{"withRate":false}"""));
        Assert.Equal(WithoutName, await RunAsync(Query, """{"withRate":false,"hideName":true}"""));
        Assert.Equal(WithRate, await RunAsync(Query, """{"withRate":true}"""));
        Assert.Equal(WithoutRate, await RunAsync(Query, """{"withRate":false}"""));
    }

    [Fact]
    public async Task Each_request_gets_the_arguments_its_own_variables_give()
    {
        const string Query = "query ($first: Int) { people(first: $first) { name } }";

        Assert.Equal("""{"data":{"people":[{"name":"Ada"}]}}""", await RunAsync(Query, """{"first":1}"""));
        Assert.Equal("""{"data":{"people":[{"name":"Ada"},{"name":"Bob"}]}}""", await RunAsync(Query, """{"first":2}"""));
        Assert.Equal("""{"data":{"people":[{"name":"Ada"},{"name":"Bob"},{"name":"Cy"}]}}""", await RunAsync(Query, "{}"));
    }

    [Fact]
    public async Task Objects_of_several_runtime_types_keep_their_own_fields_across_requests()
    {
        const string Query = "{ people { __typename ... on Freelancer { rate } ... on Client { company } } }";
        const string Expected =
            """{"data":{"people":[{"__typename":"Freelancer","rate":90},{"__typename":"Client","company":"Acme"},{"__typename":"Freelancer","rate":70}]}}""";

        Assert.Equal(Expected, await RunAsync(Query));
        Assert.Equal(Expected, await RunAsync(Query));
    }

    [Fact]
    public async Task A_condition_variable_that_is_not_a_boolean_fails_every_time_and_leaves_other_requests_their_fields()
    {
        var executor = new RequestExecutor(SchemaBuilder.Build(Sdl).Resolve("Query.me", _ => new Freelancer("Ada", 90)), ExecutionHarness.WithoutValidation);
        const string Query = "query ($hide: Boolean) { me { name @skip(if: $hide) } }";
        const string Failed =
            """{"errors":[{"message":"Directive \"@skip\" argument \"if\" must be a Boolean.","locations":[{"line":1,"column":36}],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""";

        Assert.Equal("""{"data":{"me":{"name":"Ada"}}}""", await RunAsync(Query, """{"hide":false}""", executor));
        Assert.Equal(Failed, await RunAsync(Query, """{"hide":null}""", executor));
        Assert.Equal("""{"data":{"me":{}}}""", await RunAsync(Query, """{"hide":true}""", executor));
        Assert.Equal(Failed, await RunAsync(Query, "{}", executor));
        Assert.Equal("""{"data":{"me":{"name":"Ada"}}}""", await RunAsync(Query, """{"hide":false}""", executor));
    }

    [Fact]
    public async Task Concurrent_requests_with_different_variables_each_get_their_own_result()
    {
        const string Query = """
            query ($withRate: Boolean!, $first: Int!) {
              people(first: $first) { name ... on Freelancer { rate @include(if: $withRate) } ... on Client { company } }
            }
            """;

        var runs = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var withRate = i % 2 == 0;
            var first = 1 + (i % 3);
            var json = await RunAsync(Query, $$"""{"withRate":{{(withRate ? "true" : "false")}},"first":{{first}}}""");
            var expected = new[] { withRate ? """{"name":"Ada","rate":90}""" : """{"name":"Ada"}""", """{"name":"Bob","company":"Acme"}""", withRate ? """{"name":"Cy","rate":70}""" : """{"name":"Cy"}""" };
            return (json, $$$"""{"data":{"people":[{{{string.Join(',', expected.Take(first))}}}]}}""");
        }));

        foreach (var (json, expected) in await Task.WhenAll(runs))
        {
            Assert.Equal(expected, json);
        }
    }

    private Task<string> RunAsync(string query, string? variables = null) => RunAsync(query, variables, _executor);

    private static async Task<string> RunAsync(string query, string? variables, RequestExecutor executor)
    {
        var request = new GraphQLRequest(query, null, variables is null ? null : JsonDocument.Parse(variables).RootElement.Clone());
        var response = await executor.ExecuteAsync(request, new RequestOptions(), CancellationToken.None);
        return ExecutionHarness.Json(response.Result!);
    }

    private sealed record Freelancer(string Name, int Rate);

    private sealed record Client(string Name, string Company);
}
