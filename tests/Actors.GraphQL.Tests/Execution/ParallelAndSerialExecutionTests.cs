using System.Collections.Concurrent;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ParallelAndSerialExecutionTests
{
    /// <summary>Guards each test against hanging if the behaviour under test is broken; the assertions never depend on it.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sibling_query_fields_run_concurrently()
    {
        var leftStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rightStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.Build("type Query { left: String right: String }")
            .ResolveAsync("Query.left", async _ =>
            {
                leftStarted.SetResult();
                await rightStarted.Task;
                return "L";
            })
            .ResolveAsync("Query.right", async _ =>
            {
                rightStarted.SetResult();
                await leftStarted.Task;
                return "R";
            });

        // Each resolver completes only once the other has started: sequential execution would never finish.
        var json = await schema.RunAsync("{ left right }").WaitAsync(Hang);

        Assert.Equal("""{"data":{"left":"L","right":"R"}}""", json);
    }

    [Fact]
    public async Task The_same_field_runs_concurrently_on_every_item_of_a_list()
    {
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.Build("type Query { jobs: [Job] } type Job { title: String }")
            .Resolve("Query.jobs", _ => new[] { 1, 2, 3 })
            .ResolveAsync("Job.title", async context =>
            {
                if (Interlocked.Increment(ref started) == 3)
                {
                    allStarted.SetResult();
                }

                await allStarted.Task;
                return $"job {context.Parent}";
            });

        var json = await schema.RunAsync("{ jobs { title } }").WaitAsync(Hang);

        Assert.Equal("""{"data":{"jobs":[{"title":"job 1"},{"title":"job 2"},{"title":"job 3"}]}}""", json);
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_the_other_each_with_its_subtree()
    {
        var log = new ConcurrentQueue<string>();
        var schema = SchemaBuilder.Build("""
            type Query { unused: Int }
            type Mutation { first: Payload second: Payload third: Payload }
            type Payload { value: Int }
            """);
        foreach (var (name, value) in new[] { ("first", 1), ("second", 2), ("third", 3) })
        {
            schema.ResolveAsync($"Mutation.{name}", async _ =>
            {
                log.Enqueue($"{name} started");
                await Task.Yield();
                await Task.Yield();
                log.Enqueue($"{name} done");
                return value;
            });
        }

        schema.ResolveAsync("Payload.value", async context =>
        {
            await Task.Yield();
            log.Enqueue($"value of {context.Parent}");
            return context.Parent;
        });

        var json = await schema.RunAsync("mutation { first { value } second { value } third { value } }").WaitAsync(Hang);

        Assert.Equal("""{"data":{"first":{"value":1},"second":{"value":2},"third":{"value":3}}}""", json);
        Assert.Equal(
            ["first started", "first done", "value of 1", "second started", "second done", "value of 2", "third started", "third done", "value of 3"],
            log.ToArray());
    }

    [Fact]
    public async Task A_failed_mutation_field_does_not_stop_the_next_one()
    {
        var schema = SchemaBuilder.Build("""
            type Query { unused: Int }
            type Mutation { fail: Int next: Int }
            """)
            .Resolve("Mutation.fail", _ => throw new InvalidOperationException("boom"))
            .Resolve("Mutation.next", _ => 2);

        var json = await schema.RunAsync("mutation { fail next }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":12}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"fail":null,"next":2}}""",
            json);
    }
}
