using System.Text;
using System.Text.Json;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Tests.Binding;

/// <summary>Bound resolvers under the executor: DataLoaders from its scope, enums, decimals, runtime-type properties.</summary>
public sealed class BindingExecutionTests
{
    [Fact]
    public async Task A_query_runs_through_bound_resolvers_and_runtime_type_properties()
    {
        var executor = new RequestExecutor(SampleBinding.Create().Verify());
        var options = new RequestOptions { Services = Resolve.Services(new JobStore()) };

        var response = await executor.ExecuteAsync(
            new GraphQLRequest("{ jobs(first: 2) { id status budget client { name } proposals { id } } jobCount }"), options, CancellationToken.None);

        Assert.Equal(
            """{"data":{"jobs":[{"id":"job-1","status":"OPEN","budget":"250","client":{"name":"Acme"},"proposals":[{"id":"0b6f4a393a6e4f2a9d7e5f0c1b2a3c4d"}]},{"id":"job-2","status":"IN_REVIEW","budget":"4000","client":{"name":"Globex"},"proposals":[]}],"jobCount":3}}""",
            Json(response.Result!));
    }

    [Fact]
    public async Task A_mutation_converts_variables_into_the_input_record()
    {
        var store = new JobStore();
        var executor = new RequestExecutor(SampleBinding.Create().Verify());
        var variables = JsonDocument.Parse("""{"input":{"title":"Logo","budget":"99.90","status":"IN_REVIEW","milestones":[{"title":"Draft","amount":"40"}]}}""").RootElement;

        var response = await executor.ExecuteAsync(
            new GraphQLRequest("mutation($input: PostJobInput!) { postJob(input: $input) { job { title status budget } errors { code } } }", Variables: variables),
            new RequestOptions { Services = Resolve.Services(store) },
            CancellationToken.None);

        Assert.Equal("""{"data":{"postJob":{"job":{"title":"Logo","status":"IN_REVIEW","budget":"99.90"},"errors":[]}}}""", Json(response.Result!));
        Assert.Equal([new Milestone("Draft", 40m)], ((PostJobCommand)store.LastInput!).Milestones!);
    }

    [Fact]
    public async Task A_subscription_streams_the_events_of_the_bound_source_stream()
    {
        var executor = new RequestExecutor(SampleBinding.Create().Verify());
        var options = new RequestOptions { Services = Resolve.Services(new JobStore()), AllowSubscriptions = true };

        var response = await executor.ExecuteAsync(
            new GraphQLRequest("subscription { jobUpdated(jobId: \"job-1\") { id title } }"), options, CancellationToken.None);

        var results = new List<string>();
        await foreach (var result in response.Stream!)
        {
            results.Add(Json(result));
        }

        Assert.Equal(
            [
                """{"data":{"jobUpdated":{"id":"job-1","title":"first"}}}""",
                """{"data":{"jobUpdated":{"id":"job-1","title":"second"}}}""",
            ],
            results);
    }

    private static string Json(ExecutionResult result) => Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));
}
