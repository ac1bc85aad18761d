namespace Actors.Runtime.Networking;

/// <summary>
/// A frame could not be sent because its connection had ended; the inner exception, when there is one, is
/// why the connection failed.
/// </summary>
internal sealed class FrameConnectionClosedException(string message, Exception? innerException)
    : IOException(message, innerException);
