using Actors.Runtime.Clustering;
using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Networking;

/// <summary>
/// The far end of one connection, as its <see cref="MessageCenter"/> knows it: inbound or outgoing, which silo it is
/// (outgoing) or what it said it is (inbound, after its hello), and — for the requests it sent — where their answers
/// go: serialized on the answering grain's turn and written back on the same connection.
/// </summary>
internal sealed class Peer(MessageCenter center, FrameConnection connection, bool inbound, SiloAddress? silo, PeerRole listenedFor) : IReplySink
{
    public MessageCenter Center { get; } = center;

    public FrameConnection Connection { get; } = connection;

    public bool Inbound { get; } = inbound;

    /// <summary>The silo an outgoing connection reaches.</summary>
    public SiloAddress? Silo { get; } = silo;

    /// <summary>What the port an inbound connection came in on takes: silos or clients.</summary>
    public PeerRole ListenedFor { get; } = listenedFor;

    /// <summary>Whether an inbound connection's hello was accepted.</summary>
    public bool Greeted { get; set; }

    /// <summary>Who an inbound connection said it is (a silo address, or a client's name).</summary>
    public string? Remote { get; set; }

    public void Answer(Message message, Task invocation)
    {
        if (!invocation.IsCompletedSuccessfully)
        {
            Fail(message, Outcome.ExceptionOf(invocation));
            return;
        }

        var payload = new PooledBuffer();
        try
        {
            message.WriteResult(invocation, payload);
        }
        catch (Exception exception) when (exception is CodecNotFoundException or InvalidOperationException)
        {
            payload.Release();
            Fail(message, new InvalidOperationException(
                $"The result of {message.MethodName} on grain {message.Target} cannot be sent back: {exception.Message}", exception));
            return;
        }

        Connection.TrySend(new ResponseFrame(message.ReplyCallId, succeeded: true, payload));
    }

    public void Fail(Message message, Exception exception) => SendFailure(message.ReplyCallId, exception);

    public void Relay(Message message, bool succeeded, ReadOnlySpan<byte> payload)
    {
        var copy = new PooledBuffer(payload.Length);
        payload.CopyTo(copy.GetSpan(payload.Length));
        copy.Advance(payload.Length);
        Connection.TrySend(new ResponseFrame(message.ReplyCallId, succeeded, copy));
    }

    /// <summary>Answers call <paramref name="callId"/> with <paramref name="exception"/>.</summary>
    public void SendFailure(long callId, Exception exception)
    {
        var payload = new PooledBuffer();
        Serializer.Serialize(exception, payload);
        Connection.TrySend(new ResponseFrame(callId, succeeded: false, payload));
    }
}
