using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ValueCompletionTests
{
    private const string Sdl = """
        type Query {
          name: String
          count: Int
          price: Float
          active: Boolean
          id: ID
          big: Long
          status: Status
          statuses: [Status]
          tags: [String]
          matrix: [[Int]]
          job: Job
          jobs: [Job!]!
          record: Job
        }

        scalar Long

        enum Status { OPEN IN_PROGRESS CLOSED }

        type Job {
          id: ID!
          title: String
          status: Status
          client: Client
          missing: String
        }

        type Client { name: String }
        """;

    [Fact]
    public async Task Scalars_are_serialized_by_their_types()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.name", _ => "Ada")
            .Resolve("Query.count", _ => (short)3)
            .Resolve("Query.price", _ => 2.5m)
            .Resolve("Query.active", _ => true)
            .Resolve("Query.id", _ => 42)
            .Resolve("Query.big", _ => 9_000_000_000L);

        var json = await schema.RunAsync("{ name count price active id big }");

        Assert.Equal("""{"data":{"name":"Ada","count":3,"price":2.5,"active":true,"id":"42","big":9000000000}}""", json);
    }

    [Fact]
    public async Task Enums_serialize_from_names_and_from_dotnet_enum_members()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.status", _ => JobStatus.InProgress)
            .Resolve("Query.statuses", _ => new object[] { "OPEN", JobStatus.Closed });

        var json = await schema.RunAsync("{ status statuses }");

        Assert.Equal("""{"data":{"status":"IN_PROGRESS","statuses":["OPEN","CLOSED"]}}""", json);
    }

    [Fact]
    public async Task Lists_complete_from_any_enumerable_including_nested_and_lazy_ones()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.tags", _ => Tags())
            .Resolve("Query.matrix", _ => new List<int[]> { new[] { 1, 2 }, Array.Empty<int>(), null! });

        var json = await schema.RunAsync("{ tags matrix }");

        Assert.Equal("""{"data":{"tags":["remote","senior"],"matrix":[[1,2],[],null]}}""", json);

        static IEnumerable<string> Tags()
        {
            yield return "remote";
            yield return "senior";
        }
    }

    [Fact]
    public async Task A_lazy_list_longer_than_its_first_buffer_keeps_every_item_in_order_and_errors_at_their_index()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.tags", _ => Enumerable.Range(0, 40).Select(i => $"t{i}"))
            .Resolve("Query.jobs", _ => Enumerable.Range(0, 40).Select(i => new JobRecord(i == 33 ? null! : $"j{i}", $"Job {i}", JobStatus.Open, null)));

        var tags = await schema.RunAsync("{ tags }");
        var jobs = await schema.RunAsync("{ jobs { id } }");

        var expectedTags = string.Join(',', Enumerable.Range(0, 40).Select(i => $"\"t{i}\""));
        Assert.Equal("{\"data\":{\"tags\":[" + expectedTags + "]}}", tags);
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Job.id.","locations":[{"line":1,"column":10}],"path":["jobs",33,"id"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":null}""",
            jobs);
    }

    [Fact]
    public async Task Whole_floats_are_written_without_a_fraction_as_javascript_does_and_others_in_shortest_round_trip_form()
    {
        var values = new Queue<double>([1.0, -0.0, 0.1, 112.5, -3.0, 1e-7, 123456789012.0, double.MaxValue]);
        var schema = SchemaBuilder.Build(Sdl).Resolve("Query.price", _ => values.Dequeue());

        var json = await schema.RunAsync("{ a: price b: price c: price d: price e: price f: price g: price h: price }");

        // JavaScript writes f and h as 1e-7 and 1.7976931348623157e+308: the same numbers in another valid JSON spelling.

        Assert.Equal("""{"data":{"a":1,"b":0,"c":0.1,"d":112.5,"e":-3,"f":1E-07,"g":123456789012,"h":1.7976931348623157E+308}}""", json);
    }

    [Fact]
    public async Task Fields_without_resolvers_read_properties_case_insensitively_and_dictionary_entries()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.job", _ => new JobRecord("j1", "Logo design", JobStatus.Open, new Dictionary<string, object?> { ["name"] = "Acme" }));

        var json = await schema.RunAsync("{ job { id title status client { name } missing } }");

        Assert.Equal("""{"data":{"job":{"id":"j1","title":"Logo design","status":"OPEN","client":{"name":"Acme"},"missing":null}}}""", json);
    }

    [Fact]
    public async Task Aliases_and_typename_keep_the_order_of_the_selection()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.jobs", _ => new[] { new JobRecord("j1", "A", JobStatus.Open, null), new JobRecord("j2", "B", JobStatus.Closed, null) });

        var json = await schema.RunAsync("{ jobs { __typename key: id title } first: __typename }");

        Assert.Equal(
            """{"data":{"jobs":[{"__typename":"Job","key":"j1","title":"A"},{"__typename":"Job","key":"j2","title":"B"}],"first":"Query"}}""",
            json);
    }

    [Fact]
    public async Task Asynchronous_resolvers_are_awaited_at_every_level()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .ResolveAsync("Query.job", async _ =>
            {
                await Task.Yield();
                return new JobRecord("j1", "Async", JobStatus.Open, null);
            })
            .ResolveAsync("Job.title", async context =>
            {
                await Task.Yield();
                return ((JobRecord)context.Parent!).Title.ToUpperInvariant();
            });

        var json = await schema.RunAsync("{ job { id title } }");

        Assert.Equal("""{"data":{"job":{"id":"j1","title":"ASYNC"}}}""", json);
    }

    [Fact]
    public async Task A_resolver_sees_its_parent_path_field_and_arguments()
    {
        var schema = SchemaBuilder.Build("""
            type Query { jobs: [Job] }
            type Job { describe(prefix: String = "job"): String }
            """);
        schema.Resolve("Query.jobs", _ => new[] { "a", "b" });
        schema.Resolve("Job.describe", context =>
            $"{context.Argument("prefix")} {context.Parent} {context.ParentType.Name}.{context.Field.Name} at {string.Join('/', context.Path)} as {context.Selection.Alias?.Value}");

        var json = await schema.RunAsync("{ jobs { d: describe } }");

        Assert.Equal("""{"data":{"jobs":[{"d":"job a Job.describe at jobs/0/d as d"},{"d":"job b Job.describe at jobs/1/d as d"}]}}""", json);
    }

    private enum JobStatus
    {
        Open,
        InProgress,
        Closed,
    }

    private sealed record JobRecord(string Id, string Title, JobStatus Status, object? Client);
}
