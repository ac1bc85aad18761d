namespace Actors.Runtime.Messaging;

/// <summary>The silo that would run the request is shutting down or gone.</summary>
public sealed class SiloUnavailableException(string message) : Exception(message);
