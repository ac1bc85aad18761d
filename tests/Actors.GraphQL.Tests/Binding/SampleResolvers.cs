using System.Runtime.CompilerServices;
using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Tests.Binding;

[GraphQLType("Query")]
internal sealed class JobQueries(JobStore store)
{
    public JobView? GetJob(string id) => store.Find(id);

    public async Task<IReadOnlyList<JobView>> JobsAsync(
        int first = 3, JobState? status = null, string[]? tags = null, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        store.LastInput = (first, status, tags);
        return [.. store.Jobs.Where(j => status is null || j.Status == status).Take(first)];
    }

    public int JobCount() => store.Jobs.Count;

    public IEnumerable<JobView> SearchJobs(JobSearch filter)
    {
        store.LastInput = filter;
        return store.Jobs.Where(j => filter.MinBudget is null || j.Budget >= filter.MinBudget);
    }

    public object? Node(string id) => (object?)store.Find(id) ?? store.Proposals.Find(p => p.Id.ToString() == id);

    public string? Me(ClaimsPrincipal? user) => user?.Identity?.Name;

    public string RequestInfo(ResolverContext context, RequestOptions request, IServiceProvider services) =>
        $"{string.Join('/', context.Path)} {request.ContextData["tenant"]} {services.GetService(typeof(JobStore)) == store}";
}

[GraphQLType("Query")]
internal static class ProposalQueries
{
    public static ValueTask<ProposalView?> ProposalAsync(Guid id, JobStore store) =>
        ValueTask.FromResult(store.Proposals.Find(p => p.Id == id));

    public static long ProposalCount([GraphQLName("jobId")] string job, JobStore store) =>
        store.Proposals.Count(p => p.JobId == job);

    public static DateTimeOffset ServerTime => JobStore.Posted;

    public static ProbeView Probe() => new(1, null, [1, 2], JobState.Open, null!, [], "probe");
}

[GraphQLType("Mutation")]
internal sealed class JobMutations
{
    public async Task<PostJobPayload> PostJobAsync(PostJobCommand input, JobStore store, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        store.LastInput = input;
        if (input.Budget <= 0)
        {
            return new PostJobPayload(null, [new UserError("BUDGET_INVALID", "The budget must be positive.", "budget")]);
        }

        var job = new JobView($"job-{store.Jobs.Count + 1}", input.Title, input.Budget, input.Status, input.Tags ?? [], "client-1", JobStore.Posted);
        store.Jobs.Add(job);
        return new PostJobPayload(job, []);
    }
}

[GraphQLType("Subscription")]
internal sealed class JobSubscriptions(JobStore store)
{
    public async IAsyncEnumerable<JobView> JobUpdated(string jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var title in new[] { "first", "second" })
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return store.Find(jobId)! with { Title = title };
        }
    }

    public static IAsyncEnumerable<int> BidCount(string jobId) => Counts(jobId.Length);

    private static async IAsyncEnumerable<int> Counts(int upTo)
    {
        for (var i = 1; i <= upTo; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}

[GraphQLType("Job", RuntimeType = typeof(JobView))]
internal sealed class JobNode
{
    public Task<ClientView?> GetClientAsync([Parent] JobView job, ClientByIdDataLoader clients, CancellationToken cancellationToken) =>
        clients.LoadAsync(job.ClientId, cancellationToken);

    public IReadOnlyList<ProposalView> Proposals(JobView job, JobStore store) => [.. store.Proposals.Where(p => p.JobId == job.Id)];
}

[GraphQLType("Client", RuntimeType = typeof(ClientView))]
internal sealed class ClientNode
{
    public async IAsyncEnumerable<JobView> Jobs([Parent] ClientView client, JobStore store)
    {
        foreach (var job in store.Jobs.Where(j => j.ClientId == client.Id))
        {
            await Task.Yield();
            yield return job;
        }
    }
}

internal static class SampleBinding
{
    /// <summary>The resolver classes that, with the runtime types below, serve every field of the marketplace schema.</summary>
    public static readonly Type[] Resolvers =
        [typeof(JobQueries), typeof(ProposalQueries), typeof(JobMutations), typeof(JobSubscriptions), typeof(JobNode), typeof(ClientNode)];

    /// <summary>The sample binding, without the classes in <paramref name="without"/>.</summary>
    public static SchemaBinding Create(params Type[] without) => Create(null, without);

    /// <summary>The sample binding, checking service parameters against <paramref name="applicationServices"/>.</summary>
    public static SchemaBinding Create(IServiceProvider applicationServices) => Create(applicationServices, []);

    private static SchemaBinding Create(IServiceProvider? applicationServices, Type[] without)
    {
        var binding = SchemaBinding.Create(MarketplaceSchema.Build(), applicationServices);
        foreach (var resolvers in Resolvers.Except(without))
        {
            binding.Bind(resolvers);
        }

        return binding
            .BindRuntimeType<ProposalView>("Proposal")
            .BindRuntimeType<PostJobPayload>("PostJobPayload")
            .BindRuntimeType<UserError>("UserError")
            .BindRuntimeType<ProbeView>("Probe");
    }
}
