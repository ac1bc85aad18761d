using System.Buffers;
using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Networking;

/// <summary>
/// A grain call on its way to another silo: the caller's call id, the time left until its deadline, how often it was
/// passed on, its target, its call chain (innermost first) and the message with its arguments, written by the
/// connection's write loop (the arguments were copied when the call was made, so the caller cannot change them).
/// </summary>
internal sealed class RequestFrame(long callId, Message message, long deadlineMilliseconds, string destination, PendingCalls pending) : OutgoingFrame
{
    /// <summary>The longest call chain carried; a deeper one is cut (it only serves reentrancy of call cycles).</summary>
    public const int MaxCallChain = 64;

    public override byte Kind => FrameKinds.Request;

    public Message Message => message;

    public override void WriteBody(IBufferWriter<byte> output)
    {
        var writer = new Writer(output);
        writer.WriteFixed64((ulong)callId);
        writer.WriteVarUInt64((ulong)Math.Max(0, deadlineMilliseconds));
        writer.WriteVarUInt64((ulong)message.Hops);
        writer.WriteString(message.Target.Type);
        writer.WriteString(message.Target.Key);
        var depth = 0;
        for (var link = message.CallChain; link is not null && depth < MaxCallChain; link = link.Caller)
        {
            depth++;
        }

        writer.WriteVarUInt64((ulong)depth);
        var written = 0;
        for (var link = message.CallChain; link is not null && written < depth; link = link.Caller, written++)
        {
            writer.WriteString(link.Grain.Type);
            writer.WriteString(link.Grain.Key);
        }

        Codec<Message>.Instance.Write(ref writer, 0, message);
        writer.Commit();
    }

    /// <summary>Not sent (the connection ended first, or an argument cannot be serialized): the caller gets the reason now.</summary>
    public override void OnNotSent(Exception reason) => pending.Fail(callId, reason is CodecNotFoundException or WireFormatException or InvalidOperationException
        ? reason
        : new SiloUnavailableException($"Request {message.MethodName} to grain {message.Target} was not sent to {destination}: {reason.Message}"));

    /// <summary>Reads a request frame's body back into its message (target, hops and call chain set), its call id and time left.</summary>
    public static (long CallId, long DeadlineMilliseconds, Message Message) Read(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        var callId = (long)reader.ReadFixed64();
        var deadline = (long)Math.Min(reader.ReadVarUInt64(), int.MaxValue);
        var hops = (int)Math.Min(reader.ReadVarUInt64(), int.MaxValue);
        var target = new GrainId(reader.ReadString(), reader.ReadString());
        var depth = reader.ReadVarUInt64();
        if (depth > MaxCallChain)
        {
            throw new WireFormatException($"A request carries a call chain of {depth} grains; at most {MaxCallChain} are sent.");
        }

        var chain = new GrainId[depth];
        for (var i = 0; i < chain.Length; i++)
        {
            chain[i] = new GrainId(reader.ReadString(), reader.ReadString());
        }

        CallChain? callChain = null;
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            callChain = new CallChain(chain[i], callChain);
        }

        var field = reader.ReadFieldHeader();
        var message = Codec<Message>.Instance.Read(ref reader, field)
            ?? throw new WireFormatException("A request frame carries no message.");
        if (reader.Remaining != 0)
        {
            throw new WireFormatException($"{reader.Remaining} bytes follow a request's message.");
        }

        message.Target = target;
        message.Hops = hops;
        message.CallChain = callChain;
        return (callId, deadline, message);
    }
}
