using System.Buffers;
using System.Buffers.Binary;

namespace Actors.Runtime.Networking;

/// <summary>
/// The answer to a request that came over a connection: the caller's call id, whether it succeeded, and the result
/// (or the exception) already serialized into a pooled buffer, which the frame gives back once written.
/// </summary>
internal sealed class ResponseFrame(long callId, bool succeeded, PooledBuffer payload) : OutgoingFrame
{
    public const byte Succeeded = 0;
    public const byte Failed = 1;

    /// <summary>Bytes before the payload: the call id and the outcome.</summary>
    public const int HeaderLength = sizeof(long) + 1;

    public override byte Kind => FrameKinds.Response;

    public override void WriteBody(IBufferWriter<byte> output)
    {
        var header = output.GetSpan(HeaderLength);
        BinaryPrimitives.WriteInt64LittleEndian(header, callId);
        header[sizeof(long)] = succeeded ? Succeeded : Failed;
        output.Advance(HeaderLength);
        output.Write(payload.WrittenSpan);
        payload.Release();
    }

    public override void OnNotSent(Exception reason) => payload.Release();

    /// <summary>Reads a response body's header: the call id and the outcome; the payload is <c>body[HeaderLength..]</c>.</summary>
    public static long ReadHeader(ReadOnlySpan<byte> body, out bool succeeded)
    {
        if (body.Length < HeaderLength || body[sizeof(long)] > Failed)
        {
            throw new Serialization.WireFormatException($"A response frame of {body.Length} bytes has no valid header.");
        }

        succeeded = body[sizeof(long)] == Succeeded;
        return BinaryPrimitives.ReadInt64LittleEndian(body);
    }
}
