using System.Security.Claims;
using Actors.GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;
using static Actors.GraphQL.Tests.Binding.Resolve;

namespace Actors.GraphQL.Tests.Binding;

public sealed class BindingInjectionTests
{
    private readonly JobStore _store = new();
    private readonly Resolve _resolve;

    public BindingInjectionTests() => _resolve = new Resolve(SampleBinding.Create().Verify(), Services(_store))
    {
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test")),
        ContextData = new Dictionary<string, object?> { ["tenant"] = "acme" },
    };

    [Fact]
    public async Task A_Parent_parameter_gets_the_parent_and_DataLoaders_come_from_the_request_scope()
    {
        var scope = new DataLoaderScope();
        _resolve.RequestState[typeof(DataLoaderScope)] = scope;

        var clients = Task.WhenAll(_store.Jobs.Select(job => _resolve.FieldAsync("Job", "client", parent: job)));
        var resolved = await _resolve.DispatchedAsync(clients);

        Assert.Equal(["Acme", "Globex", "Acme"], resolved.Select(c => ((ClientView)c!).Name));
        var loader = scope.GetOrCreate<ClientByIdDataLoader>(() => throw new InvalidOperationException("The loader was not created by the resolver."));
        Assert.Equal([["client-1", "client-2"]], loader.Batches);
    }

    [Fact]
    public async Task Without_a_scope_in_the_request_state_the_DataLoader_gets_one_that_dispatches_itself()
    {
        var client = await _resolve.FieldAsync("Job", "client", parent: _store.Jobs[1]);

        Assert.Equal(_store.Clients["client-2"], client);
        Assert.IsType<DataLoaderScope>(_resolve.RequestState[typeof(DataLoaderScope)]);
    }

    [Fact]
    public async Task A_parameter_of_the_parent_runtime_type_gets_the_parent()
    {
        var proposals = await _resolve.FieldAsync("Job", "proposals", parent: _store.Jobs[0]);

        Assert.Equal(_store.Proposals, (IReadOnlyList<ProposalView>)proposals!);
    }

    [Fact]
    public async Task A_parent_of_another_type_fails_the_call_clearly()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _resolve.FieldAsync("Job", "proposals", parent: _store.Clients["client-1"]));

        Assert.Equal("Job.proposals: the parent value is a ClientView, but the resolver needs a JobView.", error.Message);
    }

    [Fact]
    public async Task A_CancellationToken_parameter_gets_the_request_token()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _resolve.FieldAsync("Query", "jobs", cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_ClaimsPrincipal_parameter_gets_the_request_user()
    {
        Assert.Equal("ada", await _resolve.FieldAsync("Query", "me"));
    }

    [Fact]
    public async Task The_context_the_request_options_and_the_request_services_can_be_injected()
    {
        Assert.Equal("requestInfo acme True", await _resolve.FieldAsync("Query", "requestInfo"));
    }

    [Fact]
    public async Task Resolver_classes_are_created_per_call_with_constructor_services()
    {
        Assert.Equal(_store.Jobs[2], await _resolve.FieldAsync("Query", "job", Args(("id", "job-3"))));

        _store.Jobs.Clear();
        Assert.Null(await _resolve.FieldAsync("Query", "job", Args(("id", "job-3"))));
    }

    [Fact]
    public async Task A_service_parameter_missing_from_the_request_services_fails_the_call_clearly()
    {
        var resolve = new Resolve(SampleBinding.Create().Verify(), new ServiceCollection().BuildServiceProvider());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => resolve.FieldAsync("Query", "proposalCount", Args(("jobId", "job-1"))));

        Assert.Equal(
            "Query.proposalCount: ProposalQueries.ProposalCount needs the service JobStore, which the request's services do not provide.",
            error.Message);
    }

    [Fact]
    public async Task A_resolver_class_whose_constructor_service_is_missing_fails_the_call()
    {
        var resolve = new Resolve(SampleBinding.Create().Verify());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => resolve.FieldAsync("Query", "jobCount"));

        Assert.Contains("JobStore", error.Message, StringComparison.Ordinal);
    }
}
