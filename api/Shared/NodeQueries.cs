using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Accounts;
using Marketplace.Api.Auth;
using Marketplace.Api.Contracts;
using Marketplace.Api.Jobs;
using Marketplace.Jobs;
using Marketplace.Proposals;
using Marketplace.Api.Chat;
using Marketplace.Profiles;

namespace Marketplace.Api;

/// <summary>
/// node(id:): the object a global id names, when the viewer may see it — by the same rules as the field that
/// would otherwise lead to it; null for an unknown or foreign id (never an error that tells whether it exists).
/// </summary>
[GraphQLType("Query")]
public sealed class NodeQueries
{
    public static async Task<object?> NodeAsync(string id, ClaimsPrincipal? user, IGrainFactory grains)
    {
        if (GlobalId.Parse(id) is not var (typeName, key))
        {
            return null;
        }

        var viewer = Viewer.From(user);
        return typeName switch
        {
            FreelancerFields.TypeName => await grains.GetGrain<IFreelancerGrain>(key).GetAsync(),
            ClientFields.TypeName => await grains.GetGrain<IClientGrain>(key).GetAsync(),
            UserNode.TypeName when viewer is not null && viewer.UserId == key => AccountQueries.Me(user),
            JobIds.Job => await JobAccess.VisibleJobAsync(grains, key, viewer),
            JobIds.Proposal => await VisibleProposalAsync(grains, id, viewer),
            ContractFields.TypeName when viewer is not null => await ContractAccess.VisibleContractAsync(grains, key, viewer),
            ChatIds.Conversation => await ConversationAccess.VisibleAsync(grains, key, viewer),
            _ => null,
        };
    }

    /// <summary>A proposal for its freelancer and the job's client only (the job grain checks), else null.</summary>
    private static async Task<ProposalView?> VisibleProposalAsync(IGrainFactory grains, string globalId, Viewer? viewer)
    {
        if (viewer is null || JobIds.TryParseProposal(globalId) is not var (jobId, proposalId))
        {
            return null;
        }

        try
        {
            return await grains.GetGrain<IJobGrain>(jobId).GetProposalAsync(viewer.UserId, proposalId);
        }
        catch (DomainException refused) when (refused.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
        {
            return null;
        }
    }
}
