using System.Net;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Networking;

/// <summary>The frame transport's log messages; every one names the peer's address.</summary>
internal static partial class NetworkingLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Frame connection with {RemoteEndPoint} closed after {FramesSent} frames sent and {FramesReceived} received")]
    public static partial void ConnectionClosed(ILogger logger, EndPoint? remoteEndPoint, long framesSent, long framesReceived);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frame connection with {RemoteEndPoint} failed after {FramesSent} frames sent and {FramesReceived} received")]
    public static partial void ConnectionFailed(ILogger logger, EndPoint? remoteEndPoint, long framesSent, long framesReceived, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The frame handler threw on a frame of kind {Kind} from {RemoteEndPoint}; the connection is closed")]
    public static partial void OnFrameThrew(ILogger logger, byte kind, EndPoint? remoteEndPoint, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the body of a frame for {RemoteEndPoint} threw; the frame is skipped")]
    public static partial void WriteBodyThrew(ILogger logger, EndPoint? remoteEndPoint, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnNotSent of a frame of kind {Kind} for {RemoteEndPoint} threw")]
    public static partial void OnNotSentThrew(ILogger logger, byte kind, EndPoint? remoteEndPoint, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "OnClosed of the frame connection with {RemoteEndPoint} threw")]
    public static partial void OnClosedThrew(ILogger logger, EndPoint? remoteEndPoint, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the socket of the frame connection with {RemoteEndPoint} failed")]
    public static partial void ReleaseFailed(ILogger logger, EndPoint? remoteEndPoint, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The frame connection with {RemoteEndPoint} did not close within {CloseTimeout}; its socket was aborted")]
    public static partial void CloseTimedOut(ILogger logger, EndPoint? remoteEndPoint, TimeSpan closeTimeout);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Accepted a frame connection from {RemoteEndPoint} on {LocalEndPoint}")]
    public static partial void Accepted(ILogger logger, EndPoint? remoteEndPoint, EndPoint? localEndPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for frame connections on {EndPoint}")]
    public static partial void Listening(ILogger logger, IPEndPoint endPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped listening for frame connections on {EndPoints}; {Connections} inbound connections closed")]
    public static partial void StoppedListening(ILogger logger, string endPoints, int connections);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} refused a connection from {Remote}: {Reason}")]
    public static partial void Refusing(ILogger logger, string silo, string remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} refused the connection: {Reason}")]
    public static partial void Refused(ILogger logger, string silo, string reason);
}
