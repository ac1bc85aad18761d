using System.Runtime.CompilerServices;
using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Api.Auth;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>
/// messageAdded(conversationId): the conversation's stream (where the conversation grain records each message in
/// the same write as its state) from its current end; typing(conversationId): the in-process typing relay. Both for
/// the conversation's participants only: anyone else gets NOT_FOUND when subscribing.
/// </summary>
[GraphQLType("Subscription")]
public sealed class ChatSubscriptions
{
    public static async Task<IAsyncEnumerable<MessageView>> MessageAddedAsync(
        string conversationId, ClaimsPrincipal? user, IGrainFactory grains, IStreamReader streams, CancellationToken cancellationToken)
    {
        var view = await RequireParticipantAsync(conversationId, user, grains);
        var stream = new StreamId(ChatStreams.Conversation, view.Id);
        var from = await streams.ReadLastSequenceAsync(stream, cancellationToken);
        return Messages(streams, stream, from, cancellationToken);
    }

    public static async Task<IAsyncEnumerable<TypingEvent>> TypingAsync(
        string conversationId, ClaimsPrincipal? user, IGrainFactory grains, TypingRelay relay, CancellationToken cancellationToken)
    {
        var view = await RequireParticipantAsync(conversationId, user, grains);
        return relay.ListenAsync(view.Id, Viewer.Require(user).UserId, cancellationToken);
    }

    private static async Task<ConversationView> RequireParticipantAsync(string conversationId, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user);
        var id = ChatIds.ParseConversation(conversationId);
        return await ConversationAccess.VisibleAsync(grains, id, viewer) ?? throw ConversationAccess.NotFound(conversationId);
    }

    private static async IAsyncEnumerable<MessageView> Messages(
        IStreamReader streams, StreamId stream, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var recorded in streams.ReadAsync(stream, after, cancellationToken))
        {
            if (recorded.Event is MessageSent sent)
            {
                yield return sent.Message;
            }
        }
    }
}
