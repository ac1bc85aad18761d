using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Jobs;

namespace Marketplace.Api.Jobs;

/// <summary>job(id) and jobs(filter, first, after).</summary>
[GraphQLType("Query")]
public sealed class JobQueries
{
    public static Task<JobView?> JobAsync(string id, ClaimsPrincipal? user, IGrainFactory grains) =>
        GlobalId.Parse(id) is (JobIds.Job, var jobId) ? JobAccess.VisibleJobAsync(grains, jobId, Viewer.From(user)) : Task.FromResult<JobView?>(null);

    /// <summary>A page of open public jobs from the job board; each job is then read from its grain, all at once.</summary>
    public static async Task<JobConnection> JobsAsync(JobFilterInput? filter, int first, string? after, IGrainFactory grains)
    {
        var page = await grains.GetGrain<IJobBoardGrain>(IJobBoardGrain.Key).SearchAsync(filter?.ToFilter() ?? new JobFilter(), Paging.Size(first), after);
        var jobs = await Task.WhenAll(page.Items.Select(summary => grains.GetGrain<IJobGrain>(summary.JobId).GetAsync()));
        var edges = page.Items.Select((summary, i) => new JobEdge(JobCursor.Of(summary), jobs[i])).ToList();
        return new JobConnection(edges, new PageInfo(page.HasNextPage, after is not null, edges.FirstOrDefault()?.Cursor, page.EndCursor));
    }
}
