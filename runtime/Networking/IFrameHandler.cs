using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>
/// What a <see cref="FrameConnection"/> hands its incoming frames to, and tells when it has ended.
/// One handler may serve many connections; the connection is passed to every call.
/// </summary>
internal interface IFrameHandler
{
    /// <summary>
    /// Called on the connection's read loop, one frame at a time, in arrival order (never two at once for one
    /// connection); <paramref name="body"/> is valid only during the call. An exception ends the connection.
    /// </summary>
    void OnFrame(FrameConnection connection, byte kind, ReadOnlySequence<byte> body);

    /// <summary>
    /// Called exactly once, after the last <see cref="OnFrame"/>, when the connection has ended: closed by either
    /// side (<paramref name="error"/> null) or failed (<paramref name="error"/> says why).
    /// </summary>
    void OnClosed(FrameConnection connection, Exception? error);
}
