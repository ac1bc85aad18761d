using Microsoft.Extensions.Logging;

namespace Marketplace.Api;

internal static partial class ApiLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Auth:SigningKey is not set: tokens are signed with a key made at startup, which a restart or another silo does not know. Set it in production.")]
    public static partial void GeneratedSigningKey(ILogger logger);
}
