namespace Actors.Runtime.Messaging;

/// <summary>A request got no response before its deadline (the request timeout, 30 s by default).</summary>
public sealed class RequestTimeoutException(string message) : TimeoutException(message);
