using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Api.Jobs;
using Marketplace.Contracts;
using Marketplace.Jobs;

namespace Marketplace.Api.Contracts;

/// <summary>Offers and contracts: the client offers on a proposal of their job; the two parties then move the contract along its tables.</summary>
[GraphQLType("Mutation")]
public sealed class ContractMutations
{
    public static async Task<ContractPayload> MakeOfferAsync(MakeOfferInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            var (jobId, proposalId) = JobIds.ParseProposal(input.ProposalId);
            var jobGrain = grains.GetGrain<IJobGrain>(jobId);
            var proposal = await jobGrain.GetProposalAsync(client.UserId, proposalId);
            var job = await jobGrain.GetAsync();
            if (job.ClientId != client.UserId)
            {
                throw DomainException.Forbidden("Only the job's client may make an offer on its proposals.");
            }

            var contract = grains.GetGrain<IContractGrain>(Guid.NewGuid().ToString("N"));
            return new(await contract.CreateOfferAsync(client.UserId, input.ToDraft(jobId, proposalId, proposal.FreelancerId)), []);
        }
        catch (DomainException refused)
        {
            return ContractPayload.Refused(refused);
        }
    }

    public static Task<ContractPayload> AcceptOfferAsync(ContractActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Freelancer, grains, (contract, id) => contract.AcceptOfferAsync(id));

    public static Task<ContractPayload> DeclineOfferAsync(DeclineOfferInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Freelancer, grains, (contract, id) => contract.DeclineOfferAsync(id, input.Reason ?? ""));

    public static Task<ContractPayload> WithdrawOfferAsync(ContractActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.WithdrawOfferAsync(id));

    public static Task<ContractPayload> FundMilestoneAsync(FundMilestoneInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.FundMilestoneAsync(id, input.Milestone, input.IdempotencyKey));

    public static Task<ContractPayload> SubmitWorkAsync(SubmitWorkInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Freelancer, grains, (contract, id) => contract.SubmitWorkAsync(id, input.Milestone, input.Note ?? ""));

    public static Task<ContractPayload> ApproveMilestoneAsync(MilestoneActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.ApproveMilestoneAsync(id, input.Milestone));

    public static Task<ContractPayload> RequestChangesAsync(RequestChangesInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.RequestChangesAsync(id, input.Milestone, input.Note));

    public static Task<ContractPayload> LogTimeAsync(LogTimeInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Freelancer, grains, (contract, id) => contract.LogTimeAsync(id, input.Date, input.Minutes, input.Memo ?? ""));

    public static Task<ContractPayload> ApproveInvoiceAsync(ApproveInvoiceInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.ApproveInvoiceAsync(id, input.Week));

    public static Task<ContractPayload> PauseContractAsync(ContractActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.PauseAsync(id));

    public static Task<ContractPayload> ResumeContractAsync(ContractActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, Role.Client, grains, (contract, id) => contract.ResumeAsync(id));

    public static Task<ContractPayload> EndContractAsync(ContractActionInput input, ClaimsPrincipal? user, IGrainFactory grains) =>
        ActAsync(input.ContractId, user, null, grains, (contract, id) => contract.EndAsync(id));

    /// <summary>Runs <paramref name="act"/> on the contract as the viewer (in <paramref name="role"/> when given); refusals become the payload's errors.</summary>
    private static async Task<ContractPayload> ActAsync(
        string contractId, ClaimsPrincipal? user, Role? role, IGrainFactory grains, Func<IContractGrain, string, Task<ContractView>> act)
    {
        var viewer = role is { } required ? Viewer.Require(user, required) : Viewer.Require(user);
        try
        {
            var contract = grains.GetGrain<IContractGrain>(GlobalId.Expect(ContractFields.TypeName, contractId, "contractId"));
            return new(await act(contract, viewer.UserId), []);
        }
        catch (DomainException refused)
        {
            return ContractPayload.Refused(refused);
        }
    }
}

/// <summary>The payload of the offer and contract mutations.</summary>
[GraphQLRuntimeType("ContractPayload")]
public sealed record ContractPayload(ContractView? Contract, IReadOnlyList<UserError> Errors)
{
    public static ContractPayload Refused(DomainException refused) => new(null, [UserError.From(refused)]);
}
