using Testing;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ExecutionTimeoutTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _clock = new();
    private readonly TaskCompletionSource _stuck = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RequestExecutorOptions Options => new() { ExecutionTimeout = TimeSpan.FromSeconds(2), TimeProvider = _clock };

    /// <summary>A resolver that never completes, and tells the test when it has started.</summary>
    private Task<object?> NeverCompletes()
    {
        _stuck.TrySetResult();
        return new TaskCompletionSource<object?>().Task;
    }

    private async Task<string> RunUntilTimeoutAsync(Schema schema, string query)
    {
        var running = schema.ExecuteAsync(query, options: Options);
        await _stuck.Task.WaitAsync(Hang);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var response = await running.WaitAsync(Hang);
        Assert.Equal(RequestFailure.None, response.Failure);
        return ExecutionHarness.Json(response.Result!);
    }

    [Fact]
    public async Task A_resolver_that_never_completes_is_nulled_with_a_timeout_error_and_the_rest_is_kept()
    {
        var schema = SchemaBuilder.Build("type Query { slow: String fast: String }")
            .ResolveAsync("Query.slow", _ => NeverCompletes())
            .Resolve("Query.fast", _ => "done");

        var json = await RunUntilTimeoutAsync(schema, "{ slow fast }");

        Assert.Equal(
            """{"errors":[{"message":"The operation did not complete within the execution timeout of 2 s.","locations":[{"line":1,"column":3}],"path":["slow"],"extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"slow":null,"fast":"done"}}""",
            json);
    }

    [Fact]
    public async Task Fields_that_had_not_started_are_nulled_and_counted_in_one_error()
    {
        var schema = SchemaBuilder.Build("type Query { slow: String job: Job } type Job { title: String! id: ID }")
            .ResolveAsync("Query.slow", _ => NeverCompletes())
            .Resolve("Query.job", _ => "j1")
            .Resolve("Job.title", _ => "never asked");

        var json = await RunUntilTimeoutAsync(schema, "{ slow job { id title } }");

        Assert.Equal(
            """{"errors":[{"message":"The operation did not complete within the execution timeout of 2 s.","locations":[{"line":1,"column":3}],"path":["slow"],"extensions":{"code":"EXECUTION_TIMEOUT"}},{"message":"The operation did not complete within the execution timeout of 2 s. 2 field(s) that had not started were not executed.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"slow":null,"job":null}}""",
            json);
    }

    [Fact]
    public async Task A_resolver_that_observes_its_token_is_cancelled_by_the_timeout()
    {
        var schema = SchemaBuilder.Build("type Query { slow: String }")
            .ResolveAsync("Query.slow", async context =>
            {
                _stuck.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "unreachable";
            });

        var json = await RunUntilTimeoutAsync(schema, "{ slow }");

        Assert.Equal(
            """{"errors":[{"message":"The operation did not complete within the execution timeout of 2 s.","locations":[{"line":1,"column":3}],"path":["slow"],"extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"slow":null}}""",
            json);
    }

    [Fact]
    public async Task Mutation_fields_after_a_timed_out_one_do_not_run()
    {
        var secondRan = false;
        var schema = SchemaBuilder.Build("type Query { q: Int } type Mutation { first: Int second: Int }")
            .ResolveAsync("Mutation.first", _ => NeverCompletes())
            .Resolve("Mutation.second", _ =>
            {
                secondRan = true;
                return 2;
            });

        var json = await RunUntilTimeoutAsync(schema, "mutation { first second }");

        Assert.Equal(
            """{"errors":[{"message":"The operation did not complete within the execution timeout of 2 s.","locations":[{"line":1,"column":12}],"path":["first"],"extensions":{"code":"EXECUTION_TIMEOUT"}},{"message":"The operation did not complete within the execution timeout of 2 s. 1 field(s) that had not started were not executed.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"first":null,"second":null}}""",
            json);
        Assert.False(secondRan);
    }

    [Fact]
    public async Task A_timeout_passing_while_resolvers_complete_at_once_stops_the_next_level()
    {
        var schema = SchemaBuilder.Build("type Query { job: Job } type Job { title: String }")
            .Resolve("Query.job", _ =>
            {
                _clock.Advance(TimeSpan.FromSeconds(3));
                return "j1";
            })
            .Resolve("Job.title", _ => "never asked");

        var json = await schema.RunAsync("{ job { title } }", options: Options);

        Assert.Equal(
            """{"errors":[{"message":"The operation did not complete within the execution timeout of 2 s. 1 field(s) that had not started were not executed.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":{"job":{"title":null}}}""",
            json);
    }

    [Fact]
    public async Task A_token_first_read_after_the_timeout_has_passed_is_cancelled()
    {
        var schema = SchemaBuilder.Build("type Query { first: String second: String }")
            .Resolve("Query.first", _ =>
            {
                _clock.Advance(TimeSpan.FromSeconds(3));
                return "moved the clock";
            })
            .Resolve("Query.second", context => context.CancellationToken.IsCancellationRequested ? "cancelled" : "not cancelled");

        var json = await schema.RunAsync("{ first second }", options: Options);

        Assert.Equal("""{"data":{"first":"moved the clock","second":"cancelled"}}""", json);
    }

    [Fact]
    public async Task Cancelling_the_request_cancels_the_execution_instead_of_answering()
    {
        using var request = new CancellationTokenSource();
        var schema = SchemaBuilder.Build("type Query { slow: String }").ResolveAsync("Query.slow", _ => NeverCompletes());

        var running = schema.ExecuteAsync("{ slow }", options: Options, cancellationToken: request.Token);
        await _stuck.Task.WaitAsync(Hang);
        await request.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Hang));
    }

    [Fact]
    public async Task An_infinite_timeout_is_allowed_and_a_zero_one_is_refused()
    {
        var schema = SchemaBuilder.Build("type Query { fast: String }").Resolve("Query.fast", _ => "done");

        var json = await schema.RunAsync("{ fast }", options: new RequestExecutorOptions { ExecutionTimeout = Timeout.InfiniteTimeSpan });

        Assert.Equal("""{"data":{"fast":"done"}}""", json);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestExecutor(schema, new RequestExecutorOptions { ExecutionTimeout = TimeSpan.Zero }));
    }
}
