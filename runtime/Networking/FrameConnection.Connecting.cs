using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Networking;

/// <summary>Outgoing connections: a TCP socket to the peer, wrapped in Kestrel's socket transport.</summary>
internal sealed partial class FrameConnection
{
    /// <summary>
    /// Connects to <paramref name="host"/>:<paramref name="port"/> (an IP address or a name to resolve) and starts a
    /// frame connection over the socket. A refused connection throws <see cref="SocketException"/> at once; a
    /// handshake longer than <see cref="FrameConnectionOptions.ConnectTimeout"/> throws <see cref="TimeoutException"/>;
    /// <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<FrameConnection> ConnectAsync(string host, int port, IFrameHandler handler,
        FrameConnectionOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();

        EndPoint endPoint;
        Socket socket;
        if (IPAddress.TryParse(host, out var address))
        {
            endPoint = new IPEndPoint(address, port);
            socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        }
        else
        {
            endPoint = new DnsEndPoint(host, port);
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        }

        socket.NoDelay = true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(endPoint, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException(
                $"Connecting to {host}:{port} did not complete within {options.ConnectTimeout.TotalSeconds:0.###} s.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var transport = OutgoingSocketTransports.For(options).Create(socket);
        return Start(transport, ownsTransport: true, isInbound: false, handler, options, logger);
    }
}
