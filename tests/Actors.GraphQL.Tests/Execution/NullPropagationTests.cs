using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          nullable: Job
          nonNull: Job!
          jobs: [Job]
          strictJobs: [Job!]
          strictList: [Job!]!
          sibling: String
        }

        type Job {
          id: ID!
          title: String
          owner: Owner
          strictOwner: Owner!
        }

        type Owner { name: String! }
        """;

    private static Schema Jobs(Func<string, object?> title, Func<string, object?>? ownerName = null)
    {
        var schema = SchemaBuilder.Build(Sdl);
        var jobs = new[] { "j1", "j2", "j3" };
        schema.Resolve("Query.nullable", _ => "j1")
            .Resolve("Query.nonNull", _ => "j1")
            .Resolve("Query.jobs", _ => jobs)
            .Resolve("Query.strictJobs", _ => jobs)
            .Resolve("Query.strictList", _ => jobs)
            .Resolve("Query.sibling", _ => "still here")
            .Resolve("Job.id", context => context.Parent)
            .Resolve("Job.title", context => title((string)context.Parent!))
            .Resolve("Job.owner", context => context.Parent)
            .Resolve("Job.strictOwner", context => context.Parent)
            .Resolve("Owner.name", context => (ownerName ?? (_ => "Ada"))((string)context.Parent!));
        return schema;
    }

    [Fact]
    public async Task A_null_in_a_nullable_field_stays_in_that_field()
    {
        var json = await Jobs(_ => null).RunAsync("{ nullable { id title } }");

        Assert.Equal("""{"data":{"nullable":{"id":"j1","title":null}}}""", json);
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var json = await Jobs(_ => "t", _ => null).RunAsync("""
            {
              nullable {
                id
                owner { name }
              }
              sibling
            }
            """);

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":4,"column":13}],"path":["nullable","owner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"nullable":{"id":"j1","owner":null},"sibling":"still here"}}""",
            json);
    }

    [Fact]
    public async Task A_null_propagates_through_several_non_null_levels()
    {
        var json = await Jobs(_ => "t", _ => null).RunAsync("{ nullable { strictOwner { name } } sibling }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":28}],"path":["nullable","strictOwner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"nullable":null,"sibling":"still here"}}""",
            json);
    }

    [Fact]
    public async Task A_null_that_reaches_the_root_nulls_data()
    {
        var json = await Jobs(_ => "t", _ => null).RunAsync("{ sibling nonNull { strictOwner { name } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":35}],"path":["nonNull","strictOwner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task An_error_in_a_nullable_list_item_nulls_only_that_item()
    {
        var json = await Jobs(_ => "t", id => id == "j2" ? null : "Ada").RunAsync("{ jobs { id strictOwner { name } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":27}],"path":["jobs",1,"strictOwner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"jobs":[{"id":"j1","strictOwner":{"name":"Ada"}},null,{"id":"j3","strictOwner":{"name":"Ada"}}]}}""",
            json);
    }

    [Fact]
    public async Task An_error_in_a_non_null_list_item_nulls_the_list_and_then_its_non_null_parent()
    {
        var failing = Jobs(_ => "t", id => id == "j2" ? null : "Ada");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":30}],"path":["strictJobs",1,"strictOwner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"strictJobs":null,"sibling":"still here"}}""",
            await failing.RunAsync("{ strictJobs { strictOwner { name } } sibling }"));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":30}],"path":["strictList",1,"strictOwner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":null}""",
            await failing.RunAsync("{ strictList { strictOwner { name } } sibling }"));
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_items_is_an_error_at_the_item()
    {
        var schema = SchemaBuilder.Build("type Query { ids: [ID!] names: [String]! }")
            .Resolve("Query.ids", _ => new object?[] { "a", null })
            .Resolve("Query.names", _ => null);

        var json = await schema.RunAsync("{ ids }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.ids.","locations":[{"line":1,"column":3}],"path":["ids",1],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"ids":null}}""",
            json);
    }

    [Fact]
    public async Task Fields_below_a_nulled_object_are_not_executed_and_report_no_errors()
    {
        var nameCalls = 0;
        var schema = Jobs(_ => "t", _ =>
        {
            Interlocked.Increment(ref nameCalls);
            return null;
        });

        // "id" is non-null and null: the job is nulled before its owner's name would be resolved (and fail too).
        schema.Resolve("Job.id", _ => null);
        var json = await schema.RunAsync("{ nullable { id owner { name } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Job.id.","locations":[{"line":1,"column":14}],"path":["nullable","id"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"nullable":null}}""",
            json);
        Assert.Equal(0, nameCalls);
    }

    [Fact]
    public async Task Errors_of_merged_fields_list_every_location()
    {
        var json = await Jobs(_ => "t", _ => null).RunAsync("""
            {
              nullable { owner { name } }
              nullable { owner { name } }
            }
            """);

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":2,"column":22},{"line":3,"column":22}],"path":["nullable","owner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"nullable":{"owner":null}}}""",
            json);
    }
}
