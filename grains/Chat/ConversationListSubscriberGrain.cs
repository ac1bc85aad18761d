using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Chat;

namespace Marketplace.Grains.Chat;

/// <summary>
/// Keeps the participants' <see cref="IUserConversationsGrain"/> lists up to date from one conversation's stream
/// (an implicit subscriber, keyed like the stream by conversation id). It remembers what the conversation is about
/// from <see cref="ConversationOpened"/> (the first event of the stream) to pass it on with each message. A failed
/// update throws, so the runtime delivers the event again; the lists ignore what they have applied already.
/// </summary>
[ImplicitStreamSubscription(ChatStreams.Conversation)]
public sealed class ConversationListSubscriberGrain([PersistentState("opened")] IPersistentState<ConversationListSubscriberState> state)
    : Grain, IStreamSubscriber
{
    public async Task OnNextAsync(StreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        switch (streamEvent.Event)
        {
            case ConversationOpened opened:
                if (state.State.Opened is null)
                {
                    state.State.Opened = opened;
                    await state.WriteStateAsync();
                }

                await Task.WhenAll(
                    Conversations(opened.ClientId).RecordOpenedAsync(opened),
                    Conversations(opened.FreelancerId).RecordOpenedAsync(opened));
                break;
            case MessageSent sent:
                var about = state.State.Opened
                    ?? throw new InvalidOperationException($"Conversation {sent.ConversationId} sent a message before it was opened.");
                await Task.WhenAll(
                    Conversations(about.ClientId).RecordMessageAsync(sent, about.Kind, about.SubjectId, about.FreelancerId),
                    Conversations(about.FreelancerId).RecordMessageAsync(sent, about.Kind, about.SubjectId, about.ClientId));
                break;
            case MessagesRead read:
                await Conversations(read.ReaderId).RecordReadAsync(read);
                break;
        }
    }

    private IUserConversationsGrain Conversations(string userId) => GrainFactory.GetGrain<IUserConversationsGrain>(userId);
}

