using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Jobs;
using Marketplace.Proposals;

namespace Marketplace.Api.Jobs;

/// <summary>Proposals: freelancers submit, revise and withdraw their own; clients shortlist, archive and decline those on their jobs.</summary>
[GraphQLType("Mutation")]
public sealed class ProposalMutations
{
    public static async Task<ProposalPayload> SubmitProposalAsync(SubmitProposalInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var freelancer = Viewer.Require(user, Role.Freelancer);
        try
        {
            var jobId = GlobalId.Expect(JobIds.Job, input.JobId, "jobId");
            return new(await grains.GetGrain<IJobGrain>(jobId).SubmitProposalAsync(freelancer.UserId, input.ToDraft(Guid.NewGuid().ToString("N"))), []);
        }
        catch (DomainException refused)
        {
            return ProposalPayload.Refused(refused);
        }
    }

    public static Task<ProposalPayload> ReviseProposalAsync(ReviseProposalInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ProposalId, user, Role.Freelancer, (job, viewer, proposalId) => job.ReviseProposalAsync(viewer, proposalId, input.ToRevision()), grains);

    public static Task<ProposalPayload> WithdrawProposalAsync(ProposalActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ProposalId, user, Role.Freelancer, (job, viewer, proposalId) => job.WithdrawProposalAsync(viewer, proposalId), grains);

    public static Task<ProposalPayload> ShortlistProposalAsync(ProposalActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ProposalId, user, Role.Client, (job, viewer, proposalId) => job.ShortlistAsync(viewer, proposalId), grains);

    public static Task<ProposalPayload> ArchiveProposalAsync(ProposalActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ProposalId, user, Role.Client, (job, viewer, proposalId) => job.ArchiveAsync(viewer, proposalId), grains);

    public static Task<ProposalPayload> DeclineProposalAsync(ProposalActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ProposalId, user, Role.Client, (job, viewer, proposalId) => job.DeclineAsync(viewer, proposalId), grains);

    private static async Task<ProposalPayload> ActAsync(
        string globalId, ClaimsPrincipal? user, Role role, Func<IJobGrain, string, string, Task<ProposalView>> act, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user, role);
        try
        {
            var (jobId, proposalId) = JobIds.ParseProposal(globalId);
            return new(await act(grains.GetGrain<IJobGrain>(jobId), viewer.UserId, proposalId), []);
        }
        catch (DomainException refused)
        {
            return ProposalPayload.Refused(refused);
        }
    }
}
