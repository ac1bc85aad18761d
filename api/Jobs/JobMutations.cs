using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Jobs;

namespace Marketplace.Api.Jobs;

/// <summary>postJob, editJob, closeJob, inviteFreelancer: a client's own jobs.</summary>
[GraphQLType("Mutation")]
public sealed class JobMutations
{
    public static async Task<JobPayload> PostJobAsync(PostJobInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            return new(await grains.GetGrain<IJobGrain>(Guid.NewGuid().ToString("N")).PostAsync(client.UserId, input.ToDraft()), []);
        }
        catch (DomainException refused)
        {
            return JobPayload.Refused(refused);
        }
    }

    public static async Task<JobPayload> EditJobAsync(EditJobInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            var jobId = GlobalId.Expect(JobIds.Job, input.JobId, "jobId");
            return new(await grains.GetGrain<IJobGrain>(jobId).EditAsync(client.UserId, input.Post.ToDraft()), []);
        }
        catch (DomainException refused)
        {
            return JobPayload.Refused(refused, refused.Field == "jobId" ? ["input"] : ["input", "post"]);
        }
    }

    public static async Task<JobPayload> CloseJobAsync(JobActionInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            return new(await grains.GetGrain<IJobGrain>(GlobalId.Expect(JobIds.Job, input.JobId, "jobId")).CloseAsync(client.UserId), []);
        }
        catch (DomainException refused)
        {
            return JobPayload.Refused(refused);
        }
    }

    public static async Task<JobPayload> InviteFreelancerAsync(InviteFreelancerInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            var jobId = GlobalId.Expect(JobIds.Job, input.JobId, "jobId");
            var freelancerId = GlobalId.Expect("Freelancer", input.FreelancerId, "freelancerId");
            return new(await grains.GetGrain<IJobGrain>(jobId).InviteAsync(client.UserId, freelancerId), []);
        }
        catch (DomainException refused)
        {
            return JobPayload.Refused(refused);
        }
    }
}
