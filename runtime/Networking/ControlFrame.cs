using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>A small frame whose body is made up front: a handshake, a refusal, a probe and its answer.</summary>
internal sealed class ControlFrame(byte kind, byte[] body) : OutgoingFrame
{
    public override byte Kind => kind;

    public override void WriteBody(IBufferWriter<byte> output) => output.Write(body);
}
