namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>One running operation of a socket: its id and the token a client <c>complete</c> or the socket's end cancels.</summary>
internal sealed class SocketOperation(string id, CancellationToken socketClosed) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(socketClosed);

    public string Id { get; } = id;

    public CancellationToken Token => _cancellation.Token;

    /// <summary>Stops the operation (client <c>complete</c>); safe after it has ended.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation already ended.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
