using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Activation;

/// <summary>The runtime's log messages; every one names the grain type and key.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Activation of grain {GrainType}/{GrainKey} failed")]
    public static partial void ActivationFailed(ILogger logger, string grainType, string grainKey, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {GrainType}/{GrainKey} failed")]
    public static partial void DeactivationFailed(ILogger logger, string grainType, string grainKey, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain {GrainType}/{GrainKey} could not be removed from the grain directory")]
    public static partial void UnregistrationFailed(ILogger logger, string grainType, string grainKey, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The end of an activation of grain {GrainType}/{GrainKey} could not be written to the activation history")]
    public static partial void HistoryFailed(ILogger logger, string grainType, string grainKey, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A continuation in grain {GrainType}/{GrainKey} threw")]
    public static partial void ContinuationFailed(ILogger logger, string grainType, string grainKey, Exception exception);
}
