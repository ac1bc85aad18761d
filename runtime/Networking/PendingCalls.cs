using System.Collections.Concurrent;
using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Networking;

/// <summary>
/// The requests this process sent over connections and has no answer for yet, by call id: an answer completes one;
/// a connection that ends fails those it carried (at once: a dead silo costs no timeout); the deadline sweep fails
/// those whose caller stopped waiting.
/// </summary>
internal sealed class PendingCalls
{
    private readonly ConcurrentDictionary<long, PendingCall> _calls = new();
    private long _lastId;

    public int Count => _calls.Count;

    /// <summary>Records <paramref name="message"/> as sent on <paramref name="connection"/>; returns its call id.</summary>
    public long Add(Message message, FrameConnection connection)
    {
        var id = Interlocked.Increment(ref _lastId);
        _calls[id] = new PendingCall(message, connection);
        return id;
    }

    /// <summary>Takes the request with call id <paramref name="id"/> (its answer arrived); false when it is no longer waiting.</summary>
    public bool TryTake(long id, out Message message)
    {
        if (_calls.TryRemove(id, out var call))
        {
            message = call.Message;
            return true;
        }

        message = null!;
        return false;
    }

    /// <summary>
    /// An answer arrived (<paramref name="body"/>, a response frame's): the call it names gets its result or exception,
    /// read with grain references bound to <paramref name="sender"/>; a call that was passed on here from another caller
    /// gets the answer relayed unread; an answer for a call no longer waiting (timed out) is dropped.
    /// </summary>
    public void Answer(ReadOnlySpan<byte> body, IMessageSender sender)
    {
        var callId = ResponseFrame.ReadHeader(body, out var succeeded);
        if (!TryTake(callId, out var message))
        {
            return;
        }

        var payload = body[ResponseFrame.HeaderLength..];
        if (message.ReplyTo is { } relayTo)
        {
            if (message.TryMarkAnswered())
            {
                relayTo.Relay(message, succeeded, payload);
            }

            return;
        }

        try
        {
            using (GrainReferenceSender.Reading(sender))
            {
                if (succeeded)
                {
                    message.CompleteFromWire(payload);
                }
                else
                {
                    message.Fail(Serializer.Deserialize<Exception>(payload));
                }
            }
        }
        catch (Exception exception) when (exception is WireFormatException or CodecNotFoundException)
        {
            message.Fail(exception);
        }
    }

    /// <summary>Fails call <paramref name="id"/> with <paramref name="reason"/> if it still waits.</summary>
    public void Fail(long id, Exception reason)
    {
        if (_calls.TryRemove(id, out var call))
        {
            call.Message.Fail(reason);
        }
    }

    /// <summary>Fails every call that was sent on <paramref name="connection"/>, with the exception <paramref name="reason"/> makes for it.</summary>
    public void FailAll(FrameConnection connection, Func<Message, Exception> reason)
    {
        foreach (var (id, call) in _calls)
        {
            if (call.Connection == connection && _calls.TryRemove(id, out _))
            {
                call.Message.Fail(reason(call.Message));
            }
        }
    }

    /// <summary>Fails every call whose deadline is at or before <paramref name="now"/> (a <see cref="TimeProvider"/> timestamp).</summary>
    public int Expire(long now, Func<Message, Exception> reason)
    {
        var expired = 0;
        foreach (var (id, call) in _calls)
        {
            if (call.Message.Deadline <= now && _calls.TryRemove(id, out _))
            {
                call.Message.Fail(reason(call.Message));
                expired++;
            }
        }

        return expired;
    }

    private readonly record struct PendingCall(Message Message, FrameConnection Connection);
}
