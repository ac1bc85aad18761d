using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Chat;
using Marketplace.Contracts;

namespace Marketplace.Grains.Chat;

/// <summary>
/// Opens a contract's conversation when its offer is accepted (an implicit subscriber of the contract's stream), so both
/// parties find it without anyone asking. Opening is idempotent: a redelivered event opens nothing new; a failure throws
/// and the runtime delivers the event again.
/// </summary>
[ImplicitStreamSubscription(ContractStreams.Contract)]
public sealed class ContractConversationOpenerGrain : Grain, IStreamSubscriber
{
    public async Task OnNextAsync(StreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        if (streamEvent.Event is OfferAccepted accepted)
        {
            await GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.ForContract(accepted.ContractId)).OpenAsync(
                new ConversationStart(ConversationKind.Contract, accepted.ContractId, accepted.ClientId, accepted.FreelancerId, accepted.ClientId));
        }
    }
}
