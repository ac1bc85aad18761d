using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Jobs;

namespace Marketplace.Api.Jobs;

/// <summary>Who may see a job: anyone a public one; an invite-only one, its client, invited freelancers and admins.</summary>
public static class JobAccess
{
    /// <summary>The job when it exists and <paramref name="viewer"/> may see it; null otherwise (never saying which).</summary>
    public static async Task<JobView?> VisibleJobAsync(IGrainFactory grains, string jobId, Viewer? viewer)
    {
        var grain = grains.GetGrain<IJobGrain>(jobId);
        JobView job;
        try
        {
            job = await grain.GetAsync();
        }
        catch (DomainException refused) when (refused.Code == ErrorCodes.NotFound)
        {
            return null;
        }

        return await MaySeeAsync(grain, job, viewer) ? job : null;
    }

    public static async Task<bool> MaySeeAsync(IJobGrain grain, JobView job, Viewer? viewer) =>
        job.Post.Visibility == JobVisibility.Public
        || viewer?.Role == Role.Admin
        || viewer?.UserId == job.ClientId
        || (viewer?.Role == Role.Freelancer && await grain.IsInvitedAsync(viewer.UserId));
}
