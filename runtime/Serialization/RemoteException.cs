namespace Actors.Runtime;

/// <summary>
/// An exception thrown in another process whose type could not be rebuilt here: it carries the original
/// type's name, message and stack trace (which <see cref="Exception.StackTrace"/> shows, followed by
/// the local one once rethrown). Common base-library exceptions, and types registered with
/// <c>CodecRegistry.RegisterException</c>, arrive as themselves instead.
/// </summary>
public sealed class RemoteException : Exception
{
    public RemoteException(string remoteTypeName, string message, Exception? innerException)
        : base(message, innerException)
    {
        RemoteTypeName = remoteTypeName;
    }

    /// <summary>The full name of the exception's type in the process that threw it.</summary>
    public string RemoteTypeName { get; }

    public override string ToString() => $"{RemoteTypeName} (remote): {base.ToString()}";
}
