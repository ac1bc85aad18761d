using Actors.GraphQL.Binding;
using Actors.GraphQL.Types;
using static Actors.GraphQL.Tests.Binding.Resolve;

namespace Actors.GraphQL.Tests.Binding;

public sealed class BindingReturnTests
{
    private readonly JobStore _store = new();
    private readonly Schema _schema;
    private readonly Resolve _resolve;

    public BindingReturnTests()
    {
        _schema = SampleBinding.Create().Verify();
        _resolve = new Resolve(_schema, Services(_store));
    }

    [Fact]
    public async Task Plain_Task_and_ValueTask_returns_become_the_field_value()
    {
        Assert.Equal(3, await _resolve.FieldAsync("Query", "jobCount"));
        Assert.Equal(["job-1", "job-2"], ((IReadOnlyList<JobView>)(await _resolve.FieldAsync("Query", "jobs", Args(("first", 2))))!).Select(j => j.Id));
        Assert.Equal(_store.Proposals[0], await _resolve.FieldAsync("Query", "proposal", Args(("id", JobStore.ProposalId.ToString()))));
    }

    [Fact]
    public async Task Static_classes_with_static_methods_and_properties_are_resolvers()
    {
        Assert.Equal(JobStore.Posted, await _resolve.FieldAsync("Query", "serverTime"));
        Assert.Equal(1L, await _resolve.FieldAsync("Query", "proposalCount", Args(("jobId", "job-1"))));
    }

    [Fact]
    public async Task Several_classes_extend_one_type()
    {
        Assert.All(_schema.QueryType.Fields, f => Assert.NotNull(f.Resolver));
        Assert.Equal(3, await _resolve.FieldAsync("Query", "jobCount"));
        Assert.Equal(0L, await _resolve.FieldAsync("Query", "proposalCount", Args(("jobId", "job-2"))));
    }

    [Fact]
    public async Task Fields_without_a_resolver_read_the_property_of_the_runtime_type()
    {
        var job = _store.Jobs[1];

        Assert.Equal("API backend", await _resolve.FieldAsync("Job", "title", parent: job));
        Assert.Equal(JobState.InReview, await _resolve.FieldAsync("Job", "status", parent: job));
        Assert.Equal(JobStore.ProposalId, await _resolve.FieldAsync("Proposal", "id", parent: _store.Proposals[0]));
    }

    [Fact]
    public async Task An_IAsyncEnumerable_serves_a_list_field_as_the_collected_items()
    {
        var jobs = await _resolve.FieldAsync("Client", "jobs", parent: _store.Clients["client-1"]);

        Assert.Equal([_store.Jobs[0], _store.Jobs[2]], (List<object?>)jobs!);
    }

    [Fact]
    public async Task A_subscription_field_streams_its_events_and_each_event_is_the_field_value()
    {
        var events = await _resolve.EventsAsync("jobUpdated", Args(("jobId", "job-2")));

        Assert.Equal(["first", "second"], events.Select(e => ((JobView)e!).Title));
        Assert.Same(events[0], await _resolve.FieldAsync("Subscription", "jobUpdated", parent: events[0]));
    }

    [Fact]
    public async Task A_stream_of_value_types_is_boxed()
    {
        Assert.Equal([1, 2, 3], await _resolve.EventsAsync("bidCount", Args(("jobId", "abc"))));
    }

    [Fact]
    public void A_resolver_that_throws_synchronously_returns_a_faulted_task()
    {
        var context = _resolve.Context("Job", "proposals", parent: "not a job");

        var result = context.Field.Resolver!(context);

        Assert.True(result.IsFaulted);
    }

    [Fact]
    public void Interfaces_resolve_values_of_bound_runtime_types_to_their_object_types()
    {
        var node = (InterfaceType)_schema.GetType("Node")!;

        Assert.Equal("Job", node.ResolveType!(_store.Jobs[0])!.Name);
        Assert.Equal("Proposal", node.ResolveType(_store.Proposals[0])!.Name);
        Assert.Equal("Client", node.ResolveType(_store.Clients["client-1"])!.Name);
    }

    [Fact]
    public async Task A_resolver_class_of_an_interface_serves_the_field_on_every_implementing_type()
    {
        var resolve = new Resolve(SampleBinding.Create().Bind(typeof(GlobalIds)).Verify(), Services(_store));

        Assert.Equal("Job:job-1", await resolve.FieldAsync("Job", "id", parent: _store.Jobs[0]));
        Assert.Equal("Client:client-2", await resolve.FieldAsync("Client", "id", parent: _store.Clients["client-2"]));
    }

    [Fact]
    public void Verify_installs_nothing_when_there_is_a_problem()
    {
        var schema = MarketplaceSchema.Build();

        Assert.Throws<SchemaBindingException>(() => SchemaBinding.Create(schema).Bind<JobNode>().Verify());

        Assert.All(schema.QueryType.Fields.Concat(((ObjectType)schema.GetType("Job")!).Fields), f => Assert.Null(f.Resolver));
    }

    [GraphQLType("Node")]
    private static class GlobalIds
    {
        public static string Id([Parent] object node) => node switch
        {
            JobView job => $"Job:{job.Id}",
            ClientView client => $"Client:{client.Id}",
            ProposalView proposal => $"Proposal:{proposal.Id}",
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };
    }
}
