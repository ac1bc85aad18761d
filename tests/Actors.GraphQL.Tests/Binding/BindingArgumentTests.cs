using Actors.GraphQL.Binding;
using static Actors.GraphQL.Tests.Binding.Resolve;

namespace Actors.GraphQL.Tests.Binding;

public sealed class BindingArgumentTests
{
    private readonly JobStore _store = new();
    private readonly Resolve _resolve;

    public BindingArgumentTests() => _resolve = new Resolve(SampleBinding.Create().Verify(), Services(_store));

    [Fact]
    public async Task An_ID_argument_becomes_a_Guid_parameter()
    {
        var proposal = await _resolve.FieldAsync("Query", "proposal", Args(("id", JobStore.ProposalId.ToString())));

        Assert.Equal(_store.Proposals[0], proposal);
    }

    [Fact]
    public async Task An_ID_that_is_not_a_Guid_fails_the_call_naming_the_argument()
    {
        var error = await Assert.ThrowsAsync<ArgumentConversionException>(
            () => _resolve.FieldAsync("Query", "proposal", Args(("id", "nope"))));

        Assert.Equal("Argument \"id\" of Query.proposal: \"nope\" is not a valid Guid.", error.Message);
    }

    [Fact]
    public async Task Int_enum_and_list_arguments_are_converted_to_the_parameter_types()
    {
        var jobs = await _resolve.FieldAsync("Query", "jobs", Args(("first", 5), ("status", "IN_REVIEW"), ("tags", new object?[] { "dotnet", "graphql" })));

        var (first, status, tags) = ((int, JobState?, string[]?))_store.LastInput!;
        Assert.Equal(5, first);
        Assert.Equal(JobState.InReview, status);
        Assert.Equal(["dotnet", "graphql"], tags!);
        Assert.Equal(["job-2"], ((IReadOnlyList<JobView>)jobs!).Select(j => j.Id));
    }

    [Fact]
    public async Task Absent_arguments_take_the_parameter_default_and_null_takes_null()
    {
        await _resolve.FieldAsync("Query", "jobs", Args(("status", null)));

        Assert.Equal((3, (JobState?)null, (string[]?)null), ((int, JobState?, string[]?))_store.LastInput!);
    }

    [Fact]
    public async Task A_parameter_named_by_GraphQLName_takes_that_argument()
    {
        var count = await _resolve.FieldAsync("Query", "proposalCount", Args(("jobId", "job-1")));

        Assert.Equal(1L, count);
    }

    [Fact]
    public async Task An_input_object_becomes_a_positional_record_recursively()
    {
        var deadline = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var input = new Dictionary<string, object?>
        {
            ["title"] = "Landing page",
            ["budget"] = 99.5m,
            ["status"] = "CLOSED",
            ["tags"] = new object?[] { "web" },
            ["deadline"] = deadline,
            ["milestones"] = new object?[] { new Dictionary<string, object?> { ["title"] = "Draft", ["amount"] = 40m } },
        };

        var payload = (PostJobPayload)(await _resolve.FieldAsync("Mutation", "postJob", Args(("input", input))))!;

        var command = (PostJobCommand)_store.LastInput!;
        Assert.Equal(("Landing page", 99.5m, JobState.Closed, deadline), (command.Title, command.Budget, command.Status, command.Deadline));
        Assert.Equal(["web"], command.Tags!);
        Assert.Equal([new Milestone("Draft", 40m)], command.Milestones!);
        Assert.Equal("job-4", payload.Job!.Id);
    }

    [Fact]
    public async Task Absent_input_fields_leave_constructor_parameters_at_their_defaults()
    {
        var input = new Dictionary<string, object?> { ["title"] = "Logo", ["budget"] = 0m, ["status"] = "OPEN" };

        var payload = (PostJobPayload)(await _resolve.FieldAsync("Mutation", "postJob", Args(("input", input))))!;

        Assert.Equal(new PostJobCommand("Logo", 0m, JobState.Open, null, null, null), _store.LastInput);
        Assert.Equal([new UserError("BUDGET_INVALID", "The budget must be positive.", "budget")], payload.Errors);
    }

    [Fact]
    public async Task An_input_object_becomes_a_class_by_property_names_keeping_initializers_of_absent_fields()
    {
        var clientId = Guid.NewGuid();
        var filter = new Dictionary<string, object?>
        {
            ["minBudget"] = 200m,
            ["statuses"] = new object?[] { "OPEN", "IN_REVIEW" },
            ["postedAfter"] = JobStore.Posted,
            ["clientId"] = clientId.ToString(),
            ["and"] = new object?[] { new Dictionary<string, object?> { ["limit"] = 5L } },
        };

        var jobs = await _resolve.FieldAsync("Query", "searchJobs", Args(("filter", filter)));

        var search = (JobSearch)_store.LastInput!;
        Assert.Equal((200m, JobStore.Posted, clientId, 50L), (search.MinBudget, search.PostedAfter, search.ClientId, search.Limit));
        Assert.Equal([JobState.Open, JobState.InReview], search.Statuses!);
        Assert.Equal(5L, Assert.Single(search.And!).Limit);
        Assert.Equal(["job-1", "job-2"], ((IEnumerable<JobView>)jobs!).Select(j => j.Id));
    }

    [Fact]
    public async Task A_conversion_failure_inside_an_input_object_names_the_input_field()
    {
        var filter = new Dictionary<string, object?> { ["clientId"] = "client-1" };

        var error = await Assert.ThrowsAsync<ArgumentConversionException>(
            () => _resolve.FieldAsync("Query", "searchJobs", Args(("filter", filter))));

        Assert.Equal("Argument \"filter\" of Query.searchJobs: JobFilter.clientId: \"client-1\" is not a valid Guid.", error.Message);
    }

    [Fact]
    public async Task An_input_object_parameter_may_stay_a_dictionary()
    {
        var schema = SampleBinding.Create(typeof(JobMutations)).Bind(typeof(EchoMutations)).Verify();
        var resolve = new Resolve(schema, Services(_store));

        var payload = await resolve.FieldAsync("Mutation", "postJob", Args(("input", new Dictionary<string, object?> { ["title"] = "Echo" })));

        Assert.Equal("Echo", Assert.Single(((PostJobPayload)payload!).Errors).Message);
    }

    [GraphQLType("Mutation")]
    private static class EchoMutations
    {
        public static PostJobPayload PostJob(IReadOnlyDictionary<string, object?> input) =>
            new(null, [new UserError("ECHO", (string)input["title"]!)]);
    }
}
