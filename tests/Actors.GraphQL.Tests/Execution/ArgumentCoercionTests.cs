using System.Globalization;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ArgumentCoercionTests
{
    internal const string Sdl = """
        type Query {
          text(value: String): String
          int(value: Int = 7): String
          required(value: Int!): String
          list(values: [Int]): String
          filter(input: JobFilter): String
          search(by: SearchBy!): String
          status(status: Status = OPEN): String
        }

        enum Status { OPEN CLOSED }

        input JobFilter {
          status: Status = OPEN
          minBudget: Int!
          tags: [String!]
        }

        input SearchBy @oneOf { id: ID title: String }
        """;

    /// <summary>Every field answers with its arguments as the executor coerced them.</summary>
    internal static Schema Echoing()
    {
        var schema = SchemaBuilder.Build(Sdl);
        foreach (var field in ((ObjectType)schema.GetType("Query")!).Fields)
        {
            field.Resolver = context => ValueTask.FromResult<object?>(Describe(context.Arguments));
        }

        return schema;
    }

    /// <summary>A coerced value as text: dictionaries as {k:v}, lists as [a,b], absent arguments left out, null as "null".</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(pair => $"{pair.Key}:{Describe(pair.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        IFormattable formattable => $"{formattable.ToString(null, CultureInfo.InvariantCulture)}:{value.GetType().Name}",
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Literal_arguments_are_coerced_with_defaults_single_values_as_lists_and_input_object_defaults()
    {
        var json = await Echoing().RunAsync("""
            {
              text(value: "hi")
              defaulted: int
              given: int(value: 3)
              one: list(values: 1)
              many: list(values: [1, null, 2])
              filter(input: { minBudget: 5, tags: "remote" })
              search(by: { title: "logo" })
              status(status: CLOSED)
              nullText: text(value: null)
            }
            """);

        Assert.Equal(
            """{"data":{"text":"{value:hi}","defaulted":"{value:7:Int32}","given":"{value:3:Int32}","one":"{values:[1:Int32]}","many":"{values:[1:Int32,null,2:Int32]}","filter":"{input:{status:OPEN,minBudget:5:Int32,tags:[remote]}}","search":"{by:{title:logo}}","status":"{status:CLOSED}","nullText":"{value:null}"}}""",
            json);
    }

    [Fact]
    public async Task Variables_supply_arguments_with_their_own_defaults_or_the_argument_default_when_absent()
    {
        const string Query = """
            query ($v: Int = 5, $w: Int, $tags: [String!], $f: JobFilter, $by: SearchBy!, $s: Status) {
              a: int(value: $v)
              b: int(value: $w)
              c: filter(input: { minBudget: 1, tags: $tags })
              d: filter(input: $f)
              e: search(by: $by)
              f: status(status: $s)
            }
            """;

        var json = await Echoing().RunAsync(
            Query, """{"tags":"solo","f":{"minBudget":3,"tags":["a","b"]},"by":{"id":7},"s":"CLOSED"}""");

        Assert.Equal(
            """{"data":{"a":"{value:5:Int32}","b":"{value:7:Int32}","c":"{input:{status:OPEN,minBudget:1:Int32,tags:[solo]}}","d":"{input:{status:OPEN,minBudget:3:Int32,tags:[a,b]}}","e":"{by:{id:7}}","f":"{status:CLOSED}"}}""",
            json);
    }

    [Fact]
    public async Task An_explicit_null_variable_is_null_not_the_default()
    {
        var json = await Echoing().RunAsync("query ($v: Int = 5) { int(value: $v) }", """{"v":null}""");

        Assert.Equal("""{"data":{"int":"{value:null}"}}""", json);
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_field_error_when_validation_lets_it_through()
    {
        var json = await Echoing().RunAsync("{ required text }", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(
            """{"errors":[{"message":"Argument \"value\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["required"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"required":null,"text":"{}"}}""",
            json);
    }

    [Fact]
    public async Task A_null_variable_for_a_non_null_argument_is_a_field_error()
    {
        var json = await Echoing().RunAsync("query ($v: Int) { required(value: $v) }", """{"v":null}""", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(
            """{"errors":[{"message":"Argument \"value\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":19}],"path":["required"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"required":null}}""",
            json);
    }

    [Fact]
    public async Task A_literal_that_does_not_coerce_is_a_field_error()
    {
        var json = await Echoing().RunAsync("""{ int(value: "seven") search(by: { id: 1, title: "x" }) }""", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(
            """{"errors":[{"message":"Argument \"value\" has invalid value \"seven\".","locations":[{"line":1,"column":3}],"path":["int"],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Argument \"by\" has invalid value {id: 1, title: \"x\"}.","locations":[{"line":1,"column":23}],"path":["search"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"int":null,"search":null}}""",
            json);
    }

    [Fact]
    public async Task Arguments_are_coerced_once_per_field_and_shared_by_every_item_of_a_list()
    {
        var schema = SchemaBuilder.Build("type Query { jobs: [Job] } type Job { label(prefix: String!): String }");
        var seen = new List<IReadOnlyDictionary<string, object?>>();
        schema.Resolve("Query.jobs", _ => new[] { 1, 2 });
        schema.Resolve("Job.label", context =>
        {
            seen.Add(context.Arguments);
            return $"{context.Argument("prefix")}{context.Parent}";
        });

        var json = await schema.RunAsync("query ($p: String!) { jobs { label(prefix: $p) } }", """{"p":"#"}""");

        Assert.Equal("""{"data":{"jobs":[{"label":"#1"},{"label":"#2"}]}}""", json);
        Assert.Same(seen[0], seen[1]);
    }
}
