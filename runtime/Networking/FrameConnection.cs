using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Networking;

/// <summary>
/// One TCP connection carrying length-prefixed frames both ways. It runs a read loop that hands every complete
/// frame to its <see cref="IFrameHandler"/>, and a write loop that drains a queue of <see cref="OutgoingFrame"/>s,
/// writing each batch into the transport and flushing once per batch. Built over an established Kestrel
/// <see cref="ConnectionContext"/>: an inbound one from <see cref="FrameListener"/>, or an outgoing socket's from
/// <see cref="ConnectAsync"/>.
/// </summary>
/// <remarks>
/// A frame counts as sent once it is written into the transport's buffer; a connection that fails afterwards may
/// still lose it, so callers need their own timeouts for answers. Frames from one thread go out in the order
/// <see cref="TrySend"/> accepted them.
/// </remarks>
internal sealed partial class FrameConnection : IAsyncDisposable
{
    private readonly ConnectionContext _transport;
    private readonly bool _ownsTransport;
    private readonly IFrameHandler _handler;
    private readonly FrameConnectionOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<OutgoingFrame> _queue = Channel.CreateUnbounded<OutgoingFrame>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Set once, by the first Close: what frames not sent are told; its inner exception is the failure, if any.
    private FrameConnectionClosedException? _ended;
    private long _framesSent;
    private long _framesReceived;
    private long _flushes;

    private FrameConnection(ConnectionContext transport, bool ownsTransport, bool isInbound, IFrameHandler handler,
        FrameConnectionOptions options, ILogger logger)
    {
        _transport = transport;
        _ownsTransport = ownsTransport;
        IsInbound = isInbound;
        _handler = handler;
        _options = options;
        _logger = logger;
        RemoteEndPoint = transport.RemoteEndPoint;
        LocalEndPoint = transport.LocalEndPoint;
    }

    /// <summary>The peer's address, when the transport knows it.</summary>
    public EndPoint? RemoteEndPoint { get; }

    /// <summary>This side's address, when the transport knows it.</summary>
    public EndPoint? LocalEndPoint { get; }

    /// <summary>True when the peer connected to a <see cref="FrameListener"/>; false for <see cref="ConnectAsync"/>'s.</summary>
    public bool IsInbound { get; }

    /// <summary>True once the connection has ended (or is ending): <see cref="TrySend"/> refuses frames from then on.</summary>
    public bool IsClosed => Volatile.Read(ref _ended) is not null;

    /// <summary>Frames written into the transport so far.</summary>
    public long FramesSent => Interlocked.Read(ref _framesSent);

    /// <summary>Frames handed to the handler so far.</summary>
    public long FramesReceived => Interlocked.Read(ref _framesReceived);

    /// <summary>Flushes of the transport so far: one per batch of queued frames (or per <see cref="FrameConnectionOptions.FlushThresholdBytes"/>).</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>Completes when both loops have ended, the socket is released and <see cref="IFrameHandler.OnClosed"/> ran; never faults.</summary>
    public Task Completion => _completed.Task;

    /// <summary>
    /// Starts a connection's loops over an established transport; <paramref name="ownsTransport"/> says whether the
    /// connection disposes the transport when it ends (Kestrel disposes its inbound ones itself).
    /// </summary>
    internal static FrameConnection Start(ConnectionContext transport, bool ownsTransport, bool isInbound,
        IFrameHandler handler, FrameConnectionOptions options, ILogger logger)
    {
        var connection = new FrameConnection(transport, ownsTransport, isInbound, handler, options, logger);
        _ = connection.RunAsync();
        return connection;
    }

    /// <summary>
    /// Queues a frame for the write loop. Returns false, after calling <see cref="OutgoingFrame.OnNotSent"/>, if the
    /// connection has ended. Safe from any thread; never blocks (the queue is unbounded).
    /// </summary>
    public bool TrySend(OutgoingFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Volatile.Read(ref _ended) is null && _queue.Writer.TryWrite(frame))
        {
            return true;
        }

        // The queue refuses frames only after Close has set _ended.
        ReportNotSent(frame, Volatile.Read(ref _ended)!);
        return false;
    }

    /// <summary>
    /// Ends the connection now: no more frames are delivered or written; frames still queued get
    /// <see cref="OutgoingFrame.OnNotSent"/>. Without a reason the output already written still goes out and the
    /// peer sees an orderly close; with one the socket is aborted. <see cref="IFrameHandler.OnClosed"/> follows,
    /// with <paramref name="reason"/> as its error. Only the first call counts.
    /// </summary>
    public void Close(Exception? reason = null)
    {
        var ended = new FrameConnectionClosedException(reason is null
            ? $"The connection to {RemoteEndPoint} was closed before the frame was sent."
            : $"The connection to {RemoteEndPoint} failed before the frame was sent: {reason.Message}", reason);
        if (Interlocked.CompareExchange(ref _ended, ended, null) is not null)
        {
            return;
        }

        _queue.Writer.TryComplete();
        var pipe = _transport.Transport;
        pipe.Input.CancelPendingRead();
        pipe.Output.CancelPendingFlush();
        if (reason is not null)
        {
            _transport.Abort(new ConnectionAbortedException(reason.Message, reason));
        }
    }

    /// <summary>Closes the connection (without a reason) and waits for <see cref="Completion"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        Close();
        await Completion.ConfigureAwait(false);
    }

    public override string ToString() => $"{(IsInbound ? "inbound" : "outgoing")} frame connection {LocalEndPoint} <-> {RemoteEndPoint}";

    private async Task RunAsync()
    {
        try
        {
            var reading = Task.Run(ReadLoopAsync);
            var writing = WriteLoopAsync();
            await Task.WhenAll(reading, writing).ConfigureAwait(false);
            await ReleaseTransportAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            NetworkingLog.ReleaseFailed(_logger, RemoteEndPoint, exception);
        }
        finally
        {
            var error = Volatile.Read(ref _ended)?.InnerException;
            if (error is null)
            {
                NetworkingLog.ConnectionClosed(_logger, RemoteEndPoint, FramesSent, FramesReceived);
            }
            else
            {
                NetworkingLog.ConnectionFailed(_logger, RemoteEndPoint, FramesSent, FramesReceived, error);
            }

            try
            {
                _handler.OnClosed(this, error);
            }
            catch (Exception exception)
            {
                NetworkingLog.OnClosedThrew(_logger, RemoteEndPoint, exception);
            }

            _completed.TrySetResult();
        }
    }

    /// <summary>
    /// Both loops have completed their ends of the transport's pipes; waits (at most the close timeout) for the
    /// transport to hand over what was written and close the socket, then aborts it.
    /// </summary>
    private async Task ReleaseTransportAsync()
    {
        var released = _ownsTransport ? _transport.DisposeAsync().AsTask() : WhenCancelled(_transport.ConnectionClosed);
        try
        {
            await released.WaitAsync(_options.CloseTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            NetworkingLog.CloseTimedOut(_logger, RemoteEndPoint, _options.CloseTimeout);
            _transport.Abort(new ConnectionAbortedException(
                $"The connection did not close within {_options.CloseTimeout.TotalSeconds:0.###} s and was aborted."));
            if (_ownsTransport)
            {
                await released.ConfigureAwait(false);
            }
        }
    }

    private static Task WhenCancelled(CancellationToken token)
    {
        if (token.IsCancellationRequested || !token.CanBeCanceled)
        {
            return Task.CompletedTask;
        }

        // The registration lives as long as the transport's token source, which the transport disposes.
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        token.UnsafeRegister(static state => ((TaskCompletionSource)state!).TrySetResult(), cancelled);
        return cancelled.Task;
    }

    private void ReportNotSent(OutgoingFrame frame, Exception reason)
    {
        try
        {
            frame.OnNotSent(reason);
        }
        catch (Exception exception)
        {
            NetworkingLog.OnNotSentThrew(_logger, frame.Kind, RemoteEndPoint, exception);
        }
    }
}
