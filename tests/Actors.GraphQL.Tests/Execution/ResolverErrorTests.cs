using System.Reflection;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ResolverErrorTests
{
    private const string Sdl = """
        type Query {
          job: String
          other: String
          count: Int
          status: Status
          tags: [String]
          owner: Owner
        }
        enum Status { OPEN }
        type Owner { name: String }
        """;

    [Fact]
    public async Task A_graphql_exception_is_reported_with_its_message_code_and_extensions()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.job", _ => throw new GraphQLException("Job \"j9\" does not exist.", "JOB_NOT_FOUND", new Dictionary<string, object?> { ["jobId"] = "j9" }))
            .Resolve("Query.other", _ => "fine");

        var json = await schema.RunAsync("{ job other }");

        Assert.Equal(
            """{"errors":[{"message":"Job \"j9\" does not exist.","locations":[{"line":1,"column":3}],"path":["job"],"extensions":{"code":"JOB_NOT_FOUND","jobId":"j9"}}],"data":{"job":null,"other":"fine"}}""",
            json);
    }

    [Fact]
    public async Task A_graphql_exception_from_an_async_resolver_or_wrapped_by_reflection_is_reported_as_it_is()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .ResolveAsync("Query.job", async _ =>
            {
                await Task.Yield();
                throw new GraphQLException("Not yours.", "FORBIDDEN");
            })
            .Resolve("Query.other", _ => throw new TargetInvocationException(new GraphQLException("Closed.", "JOB_CLOSED")));

        var json = await schema.RunAsync("{ job other }");

        // Errors are listed as they happen, as graphql-js lists them: the synchronous one first.
        Assert.Equal(
            """{"errors":[{"message":"Closed.","locations":[{"line":1,"column":7}],"path":["other"],"extensions":{"code":"JOB_CLOSED"}},{"message":"Not yours.","locations":[{"line":1,"column":3}],"path":["job"],"extensions":{"code":"FORBIDDEN"}}],"data":{"job":null,"other":null}}""",
            json);
    }

    [Fact]
    public async Task The_application_translates_its_own_exceptions_into_coded_errors_and_others_stay_hidden()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.job", _ => throw new KeyNotFoundException("Job j9 is gone."))
            .Resolve("Query.other", _ => throw new InvalidOperationException("secret detail"));
        var options = new RequestExecutorOptions
        {
            TranslateException = exception => exception is KeyNotFoundException ? new GraphQLException(exception.Message, "NOT_FOUND") : null,
        };

        var json = await schema.RunAsync("{ job other }", options: options);

        Assert.Equal(
            """{"errors":[{"message":"Job j9 is gone.","locations":[{"line":1,"column":3}],"path":["job"],"extensions":{"code":"NOT_FOUND"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":7}],"path":["other"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"job":null,"other":null}}""",
            json);
    }

    [Fact]
    public async Task An_unexpected_exception_hides_its_message_and_keeps_the_cause_on_the_error()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.job", _ => throw new InvalidOperationException("connection string leaked"))
            .ResolveAsync("Query.other", async _ =>
            {
                await Task.Yield();
                throw new TimeoutException("grain call timed out");
            });

        var response = await schema.ExecuteAsync("{ job other }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["job"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":7}],"path":["other"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"job":null,"other":null}}""",
            ExecutionHarness.Json(response.Result!));
        Assert.IsType<InvalidOperationException>(response.Result!.Errors![0].Exception);
        Assert.IsType<TimeoutException>(response.Result.Errors[1].Exception);
    }

    [Fact]
    public async Task Values_that_do_not_fit_the_field_type_are_field_errors()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.count", _ => "many")
            .Resolve("Query.status", _ => "SHUT")
            .Resolve("Query.tags", _ => "not a list")
            .Resolve("Query.job", _ => "ok");

        var json = await schema.RunAsync("{ count status tags job }");

        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":3}],"path":["count"],"extensions":{"code":"INVALID_FIELD_RESULT"}},{"message":"Enum \"Status\" cannot represent value: SHUT","locations":[{"line":1,"column":9}],"path":["status"],"extensions":{"code":"INVALID_FIELD_RESULT"}},{"message":"Expected Iterable, but did not find one for field \"Query.tags\".","locations":[{"line":1,"column":16}],"path":["tags"],"extensions":{"code":"INVALID_FIELD_RESULT"}}],"data":{"count":null,"status":null,"tags":null,"job":"ok"}}""",
            json);
    }

    [Fact]
    public async Task A_failing_property_read_by_the_default_resolver_is_a_field_error()
    {
        var schema = SchemaBuilder.Build(Sdl).Resolve("Query.owner", _ => new BrokenOwner());

        var json = await schema.RunAsync("{ owner { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":11}],"path":["owner","name"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"owner":{"name":null}}}""",
            json);
    }

    private sealed class BrokenOwner
    {
        public string Name => throw new InvalidOperationException("no name");
    }
}
