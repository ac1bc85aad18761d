using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Transport;

/// <summary>The transports' log messages.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The GraphQL executor failed unexpectedly on {Transport} {Path}")]
    public static partial void ExecutorFailed(ILogger logger, Exception exception, string transport, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "GraphQL request on {Path} refused with {StatusCode}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, int statusCode, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "graphql-transport-ws socket on {Path} closed by the server with {CloseCode}: {Reason}")]
    public static partial void SocketClosed(ILogger logger, string path, int closeCode, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "graphql-transport-ws socket on {Path} failed unexpectedly; closing it with 4500")]
    public static partial void SocketFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "graphql-sse stream on {Path} failed unexpectedly")]
    public static partial void EventStreamFailed(ILogger logger, Exception exception, string path);
}
