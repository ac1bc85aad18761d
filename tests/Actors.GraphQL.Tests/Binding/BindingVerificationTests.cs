using Actors.GraphQL.Binding;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Tests.Binding;

public sealed class BindingVerificationTests
{
    [Fact]
    public void The_sample_resolvers_serve_every_field()
    {
        Assert.Empty(SampleBinding.Create().Validate());
    }

    [Fact]
    public void Root_fields_without_a_resolver_are_reported()
    {
        Assert.Equal(
            [
                "Query.proposal has no resolver",
                "Query.proposalCount has no resolver",
                "Query.serverTime has no resolver",
                "Query.probe has no resolver",
            ],
            SampleBinding.Create(typeof(ProposalQueries)).Validate());
    }

    [Fact]
    public void Object_fields_without_a_resolver_or_runtime_type_are_reported()
    {
        Assert.Equal(
            [
                "Client.id has no resolver, and Client has no runtime type to read it from",
                "Client.name has no resolver, and Client has no runtime type to read it from",
                "Client.jobs has no resolver, and Client has no runtime type to read it from",
            ],
            SampleBinding.Create(typeof(ClientNode)).Validate());
    }

    [Fact]
    public void Fields_the_runtime_type_has_no_property_for_are_reported_and_returns_are_checked_against_it()
    {
        Assert.Equal(
            [
                "Client.name has no resolver, and runtime type ClientStub has no property Name",
                "Client.jobs has no resolver, and runtime type ClientStub has no property Jobs",
                "Job.client: JobNode.GetClientAsync returns Task<ClientView>, which does not fit Client: ClientView is not the runtime type ClientStub of Client",
            ],
            SampleBinding.Create(typeof(ClientNode)).BindRuntimeType<ClientStub>("Client").Validate());
    }

    [Theory]
    [InlineData(typeof(StringCount), "Probe.count: StringCount.Count returns string, which does not fit Int!")]
    [InlineData(typeof(NullableCount), "Probe.count: NullableCount.Count returns int?, which can be null but Int! is non-null")]
    [InlineData(typeof(NullableIds), "Probe.ids: NullableIds.Ids returns Task<List<int?>>, which does not fit [Int!]!: int? can be null but Int! is non-null")]
    [InlineData(typeof(ArchivedStatus), "Probe.status: ArchivedStatus.Status returns ProbeState, which does not fit JobStatus!: enum ProbeState member Archived matches no value of JobStatus")]
    public void A_return_type_that_does_not_fit_the_field_is_reported(Type resolvers, string problem)
    {
        Assert.Equal([problem], SampleBinding.Create().Bind(resolvers).Validate());
    }

    [Fact]
    public void Object_returns_must_be_the_runtime_type_and_lists_must_be_sequences()
    {
        Assert.Equal(
            [
                "Probe.job: WrongObjects.Job returns ClientView, which does not fit Job!: ClientView is not the runtime type JobView of Job",
                "Probe.jobs: WrongObjects.Jobs returns JobView, which does not fit [Job!]!: JobView is not a list",
            ],
            SampleBinding.Create().Bind(typeof(WrongObjects)).Validate());
    }

    [Fact]
    public void A_resolver_without_a_value_is_reported()
    {
        Assert.Equal(
            [
                "Probe.count: NoValue.Count returns void, which has no value",
                "Probe.maybeCount: NoValue.MaybeCount returns Task, which has no value",
            ],
            SampleBinding.Create().Bind(typeof(NoValue)).Validate());
    }

    [Fact]
    public void A_member_that_matches_no_field_is_reported()
    {
        Assert.Equal(
            ["UnknownNames.Frobnicate matches no field of Probe", "UnknownNames.Count matches no field of Probe"],
            SampleBinding.Create().Bind(typeof(UnknownNames)).Validate());
    }

    [Fact]
    public void Parameters_that_match_no_argument_and_cannot_be_injected_are_reported()
    {
        Assert.Equal(
            [
                "Probe.label: BadParameters.Label parameter \"extra\" (int) matches no argument and cannot be injected",
                "Probe.label: BadParameters.Label parameter \"probe\" (ClientView) cannot take the parent: Probe values are ProbeView",
            ],
            SampleBinding.Create().Bind(typeof(BadParameters)).Validate());
    }

    [Fact]
    public void Parameters_that_cannot_take_their_argument_are_reported()
    {
        Assert.Equal(
            [
                "Probe.label: MismatchedArguments.Label parameter \"prefix\" (int) cannot take argument \"prefix\" of type String",
                "Probe.label: MismatchedArguments.Label parameter \"times\" (string) cannot take argument \"times\" of type Int!",
                "Probe.label: MismatchedArguments.Label parameter \"status\" (ProbeState) cannot take argument \"status\" of type JobStatus: enum ProbeState has no member for JobStatus.IN_REVIEW",
            ],
            SampleBinding.Create().Bind(typeof(MismatchedArguments)).Validate());
    }

    [Theory]
    [InlineData(typeof(LossyMutations), "Mutation.postJob: LossyMutations.PostJob parameter \"input\" (LossyCommand) cannot take argument \"input\" of type PostJobInput!: PostJobInput.status has no property or constructor parameter in LossyCommand")]
    [InlineData(typeof(StrictMutations), "Mutation.postJob: StrictMutations.PostJob parameter \"input\" (StrictCommand) cannot take argument \"input\" of type PostJobInput!: constructor parameter \"Owner\" of StrictCommand matches no field of PostJobInput")]
    public void Input_objects_that_do_not_fit_the_parameter_record_are_reported(Type mutations, string problem)
    {
        Assert.Equal([problem], SampleBinding.Create(typeof(JobMutations)).Bind(mutations).Validate());
    }

    [Fact]
    public void Subscription_fields_need_an_IAsyncEnumerable_of_a_fitting_type()
    {
        Assert.Equal(
            [
                "Subscription.jobUpdated: BadSubscriptions.JobUpdated returns JobView, but a subscription field needs IAsyncEnumerable<T>",
                "Subscription.bidCount: BadSubscriptions.BidCount yields string, which does not fit Int!",
            ],
            SampleBinding.Create(typeof(JobSubscriptions)).Bind(typeof(BadSubscriptions)).Validate());
    }

    [Fact]
    public void Two_resolvers_for_one_field_are_reported()
    {
        Assert.Equal(
            ["Query.jobCount is resolved by both JobQueries.JobCount and DuplicateCount.JobCount"],
            SampleBinding.Create().Bind(typeof(DuplicateCount)).Validate());
    }

    [Fact]
    public void Classes_that_name_no_type_or_an_unknown_type_are_reported()
    {
        Assert.Equal(
            [
                "NoAttribute has no [GraphQLType] attribute naming the type it resolves",
                "UnknownType resolves Nope, which the schema does not define",
                "StringCount resolves JobStatus, which is not an object or interface type",
            ],
            SampleBinding.Create().Bind(typeof(NoAttribute)).Bind(typeof(UnknownType)).Bind(typeof(StringCount), "JobStatus").Validate());
    }

    [Fact]
    public void Runtime_types_bound_to_unknown_non_object_or_already_bound_types_are_reported()
    {
        var problems = SampleBinding.Create()
            .BindRuntimeType<JobView>("Nowhere")
            .BindRuntimeType<JobView>("Node")
            .BindRuntimeType<ClientStub>("Proposal")
            .Validate();

        Assert.Equal(
            [
                "Runtime type JobView is bound to Nowhere, which the schema does not define",
                "Runtime type JobView is bound to Node, which is not an object type",
                "Proposal is bound to two runtime types: ProposalView and ClientStub",
            ],
            problems);
    }

    [Fact]
    public void Service_parameters_are_checked_against_the_application_services_when_given()
    {
        Assert.Equal(
            [
                "Query.proposal: ProposalQueries.ProposalAsync parameter \"store\" (JobStore) is not a registered service",
                "Query.proposalCount: ProposalQueries.ProposalCount parameter \"store\" (JobStore) is not a registered service",
                "Mutation.postJob: JobMutations.PostJobAsync parameter \"store\" (JobStore) is not a registered service",
                "Client.jobs: ClientNode.Jobs parameter \"store\" (JobStore) is not a registered service",
                "Job.proposals: JobNode.Proposals parameter \"store\" (JobStore) is not a registered service",
            ],
            SampleBinding.Create(new ServiceCollection().BuildServiceProvider()).Validate());
        Assert.Empty(SampleBinding.Create(Resolve.Services(new JobStore())).Validate());
    }

    [Fact]
    public void Verify_throws_one_exception_listing_every_problem()
    {
        var error = Assert.Throws<SchemaBindingException>(() => SampleBinding.Create().Bind(typeof(UnknownNames)).Verify());

        Assert.Equal(
            "The resolvers do not fit the schema (2 problems):" + Environment.NewLine
            + "  - UnknownNames.Frobnicate matches no field of Probe" + Environment.NewLine
            + "  - UnknownNames.Count matches no field of Probe",
            error.Message);
        Assert.Equal(2, error.Problems.Count);
    }
}
