using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>
/// A frame waiting to be sent: the connection's write loop asks it for its kind and has it write its body,
/// so the body is serialized once, straight into the connection's buffer.
/// </summary>
internal abstract class OutgoingFrame
{
    /// <summary>The frame's kind byte, which the transport carries without interpreting it.</summary>
    public abstract byte Kind { get; }

    /// <summary>Writes the frame's body; called once, on the write loop. Throwing skips this frame only.</summary>
    public abstract void WriteBody(IBufferWriter<byte> output);

    /// <summary>
    /// The frame will never be sent: the connection ended first (<paramref name="reason"/> is a
    /// <see cref="FrameConnectionClosedException"/>), or <see cref="WriteBody"/> threw or wrote too much
    /// (then the connection stays up). Called at most once, instead of sending; it may run on any thread.
    /// </summary>
    public virtual void OnNotSent(Exception reason)
    {
    }
}
