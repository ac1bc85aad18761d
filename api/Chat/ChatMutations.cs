using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Api.Jobs;
using Marketplace.Chat;
using Marketplace.Jobs;

namespace Marketplace.Api.Chat;

/// <summary>startProposalConversation, sendMessage, markConversationRead, setTyping: chat between a client and a freelancer.</summary>
[GraphQLType("Mutation")]
public sealed class ChatMutations
{
    /// <summary>
    /// The job's client opens the conversation about a proposal: the proposal (which only its freelancer and the job's
    /// client may read) names the freelancer.
    /// </summary>
    public static async Task<ConversationPayload> StartProposalConversationAsync(StartProposalConversationInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var client = Viewer.Require(user, Role.Client);
        try
        {
            var (jobId, proposalId) = JobIds.ParseProposal(input.ProposalId);
            var proposal = await grains.GetGrain<IJobGrain>(jobId).GetProposalAsync(client.UserId, proposalId);
            var start = new ConversationStart(ConversationKind.Proposal, proposal.ProposalId, client.UserId, proposal.FreelancerId, client.UserId);
            return new(await grains.GetGrain<IConversationGrain>(ConversationKeys.ForProposal(proposal.ProposalId)).OpenAsync(start), []);
        }
        catch (DomainException refused)
        {
            return ConversationPayload.Refused(refused);
        }
    }

    public static async Task<SendMessagePayload> SendMessageAsync(SendMessageInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user);
        try
        {
            var conversation = grains.GetGrain<IConversationGrain>(ChatIds.ParseConversation(input.ConversationId));
            return new(await ConversationAccess.AsParticipantAsync(input.ConversationId, () => conversation.SendAsync(viewer.UserId, input.ClientMessageId, input.Text)), []);
        }
        catch (DomainException refused)
        {
            return SendMessagePayload.Refused(refused);
        }
    }

    public static async Task<ConversationPayload> MarkConversationReadAsync(MarkConversationReadInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user);
        try
        {
            var conversation = grains.GetGrain<IConversationGrain>(ChatIds.ParseConversation(input.ConversationId));
            return new(await ConversationAccess.AsParticipantAsync(input.ConversationId, () => conversation.MarkReadAsync(viewer.UserId, input.UpToSequence)), []);
        }
        catch (DomainException refused)
        {
            return ConversationPayload.Refused(refused);
        }
    }

    /// <summary>Passes the viewer's typing indicator to the other participant's typing subscriptions in this process; stores nothing.</summary>
    public static async Task<ConversationPayload> SetTypingAsync(
        SetTypingInput input, ClaimsPrincipal? user, IGrainFactory grains, TypingRelay relay, TimeProvider clock)
    {
        var viewer = Viewer.Require(user);
        try
        {
            var conversation = grains.GetGrain<IConversationGrain>(ChatIds.ParseConversation(input.ConversationId));
            var view = await ConversationAccess.AsParticipantAsync(input.ConversationId, () => conversation.GetAsync(viewer.UserId));
            relay.Publish(view.Id, viewer.UserId, new TypingEvent(ChatIds.OfConversation(view.Id), ChatIds.OfUser(viewer.UserId), input.Typing, clock.GetUtcNow()));
            return new(view, []);
        }
        catch (DomainException refused)
        {
            return ConversationPayload.Refused(refused);
        }
    }
}
