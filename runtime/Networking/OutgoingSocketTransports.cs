using System.Collections.Concurrent;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;

namespace Actors.Runtime.Networking;

/// <summary>
/// Kestrel's socket transport for outgoing sockets: one factory (with its memory pool and I/O queues) per buffer
/// configuration, shared by every outgoing connection of the process and never disposed.
/// </summary>
internal static class OutgoingSocketTransports
{
    private static readonly ConcurrentDictionary<(long Input, int Output), SocketConnectionContextFactory> Factories = new();

    /// <summary>The factory whose connections buffer as <paramref name="options"/> say.</summary>
    public static SocketConnectionContextFactory For(FrameConnectionOptions options) =>
        Factories.GetOrAdd((options.InputBufferBytes, options.OutputBufferBytes), static buffers =>
            new SocketConnectionContextFactory(
                new SocketConnectionFactoryOptions
                {
                    MaxReadBufferSize = buffers.Input,
                    MaxWriteBufferSize = buffers.Output,
                },
                NullLogger.Instance));
}
