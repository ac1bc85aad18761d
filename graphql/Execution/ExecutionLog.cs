using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Execution;

/// <summary>The executor's log messages.</summary>
internal static partial class ExecutionLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Resolver of {Field} failed at {Path}; reported as \"Unexpected Execution Error\"")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string field, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Operation} operation exceeded the execution timeout of {Timeout}")]
    public static partial void TimedOut(ILogger logger, string operation, TimeSpan timeout);
}
