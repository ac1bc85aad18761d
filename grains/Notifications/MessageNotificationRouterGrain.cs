using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Chat;
using Marketplace.Notifications;

namespace Marketplace.Grains.Notifications;

/// <summary>
/// Turns chat events into notifications: for each <see cref="MessageSent"/> of a conversation (an implicit
/// subscriber keyed by conversation id), a <see cref="NotificationKind.Message"/> notification in each recipient's
/// inbox, never the sender's. The dedupe key is the message's id, so an event delivered again adds nothing.
/// A failed add throws and the runtime delivers the event again.
/// </summary>
[ImplicitStreamSubscription(ChatStreams.Conversation)]
public sealed class MessageNotificationRouterGrain : Grain, IStreamSubscriber
{
    /// <summary>How much of the message the notification shows.</summary>
    public const int PreviewLength = 200;

    public async Task OnNextAsync(StreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        if (streamEvent.Event is not MessageSent sent)
        {
            return;
        }

        var draft = Draft(sent);
        await Task.WhenAll(sent.RecipientIds.Select(recipient => GrainFactory.GetGrain<IInboxGrain>(recipient).AddAsync(draft)));
    }

    /// <summary>The notification of <paramref name="sent"/>: "New message", the start of its text, the conversation to open.</summary>
    public static NotificationDraft Draft(MessageSent sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var text = sent.Message.Text;
        var preview = text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength - 1), "…");
        return new NotificationDraft($"message:{sent.Message.Id}", NotificationKind.Message, "New message", preview, "conversation", sent.ConversationId);
    }
}
