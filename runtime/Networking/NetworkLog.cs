using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Networking;

/// <summary>The connection layer's log messages.</summary>
internal static partial class NetworkLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} refused a connection from {Remote}: {Reason}")]
    public static partial void Refusing(ILogger logger, string silo, string remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} refused the connection: {Reason}")]
    public static partial void Refused(ILogger logger, string silo, string reason);
}
