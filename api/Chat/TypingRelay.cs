using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Marketplace.Api.Chat;

/// <summary>
/// Typing indicators between the participants of a conversation: not stored, not streamed — passed from setTyping
/// to the typing(conversationId) subscriptions open right now in <b>this process</b>. Both participants must be
/// connected to the same api process to see each other type; a cluster-wide relay comes with the cluster issue.
/// Callers check that the user takes part in the conversation before publishing or listening.
/// </summary>
public sealed class TypingRelay
{
    /// <summary>How many indicators a slow listener may lag behind before the oldest are dropped (they are stale by then).</summary>
    private const int ListenerBacklog = 16;

    private readonly Dictionary<string, List<Listener>> _listeners = [];
    private readonly Lock _gate = new();

    /// <summary>Passes <paramref name="typing"/> to every listener of <paramref name="conversationId"/> except the typing user's own.</summary>
    public void Publish(string conversationId, string userId, TypingEvent typing)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(conversationId, out var listeners))
            {
                foreach (var listener in listeners.Where(listener => listener.UserId != userId))
                {
                    listener.Events.Writer.TryWrite(typing);
                }
            }
        }
    }

    /// <summary>
    /// The indicators of <paramref name="conversationId"/> from others than <paramref name="userId"/>, from when the
    /// enumeration starts until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<TypingEvent> ListenAsync(string conversationId, string userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listener = new Listener(userId, Channel.CreateBounded<TypingEvent>(new BoundedChannelOptions(ListenerBacklog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }));
        lock (_gate)
        {
            if (!_listeners.TryGetValue(conversationId, out var listeners))
            {
                _listeners[conversationId] = listeners = [];
            }

            listeners.Add(listener);
        }

        try
        {
            await foreach (var typing in listener.Events.Reader.ReadAllAsync(cancellationToken))
            {
                yield return typing;
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_listeners.TryGetValue(conversationId, out var listeners) && listeners.Remove(listener) && listeners.Count == 0)
                {
                    _listeners.Remove(conversationId);
                }
            }
        }
    }

    private sealed record Listener(string UserId, Channel<TypingEvent> Events);
}
