using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Actors.Runtime.Networking;
using Microsoft.Extensions.Logging.Abstractions;

namespace Actors.Runtime.Tests.Networking;

/// <summary>How frame connections fail, end and report the frames they could not send.</summary>
public sealed class FrameFailureTests
{
    [Fact]
    public async Task A_frame_whose_body_throws_is_skipped_and_reported_while_later_frames_arrive()
    {
        await using var pair = await FramePair.StartAsync();
        var boom = new InvalidOperationException("The serializer failed.");
        var before = new TestFrame(1, 10);
        var failing = new TestFrame(2, 10) { Throws = boom };
        var after = new TestFrame(3, 10);

        Assert.True(pair.Client.TrySend(before));
        Assert.True(pair.Client.TrySend(failing));
        Assert.True(pair.Client.TrySend(after));

        Assert.Same(boom, await failing.NotSent.WaitAsync(FramePair.Patience));
        await pair.ServerHandler.WhenReceived(2);
        var received = pair.ServerHandler.Frames;
        Assert.Equal(2, received.Count);
        Assert.True(received[0].Matches(1, before.BodyBytes));
        Assert.True(received[1].Matches(3, after.BodyBytes));
        Assert.False(pair.Client.IsClosed);
        Assert.Equal(0, before.NotSentCalls + after.NotSentCalls);
        Assert.Equal(1, failing.NotSentCalls);
    }

    [Fact]
    public async Task A_frame_over_the_limit_is_reported_not_sent_and_the_connection_stays_up()
    {
        await using var pair = await FramePair.StartAsync(options: new FrameConnectionOptions { MaxFrameBytes = 1024 });
        var large = new TestFrame(1, 1024);
        var small = new TestFrame(2, 1023);

        Assert.True(pair.Client.TrySend(large));
        Assert.True(pair.Client.TrySend(small));

        var reason = await large.NotSent.WaitAsync(FramePair.Patience);
        Assert.Contains("1025 bytes", reason.Message);
        Assert.Contains("MaxFrameBytes is 1024", reason.Message);
        await pair.ServerHandler.WhenReceived(1);
        Assert.True(Assert.Single(pair.ServerHandler.Frames).Matches(2, small.BodyBytes));
        Assert.False(pair.Client.IsClosed);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(16u * 1024 * 1024 + 1)]
    [InlineData(uint.MaxValue)]
    public async Task A_length_out_of_range_ends_the_connection_with_an_error_naming_the_length_and_the_limit(uint length)
    {
        var handler = new RecordingHandler();
        await using var listener = await StartListener(handler);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(listener.BoundEndPoints[0]).WaitAsync(FramePair.Patience);
        var header = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(header, length);

        await socket.SendAsync(header).WaitAsync(FramePair.Patience);

        var error = await handler.Closed.WaitAsync(FramePair.Patience);
        var invalid = Assert.IsType<InvalidDataException>(error);
        Assert.Contains($"a length of {length} bytes", invalid.Message);
        Assert.Contains("MaxFrameBytes is 16777216", invalid.Message);
        Assert.Equal(0, await ReceiveUntilEnd(socket));
        Assert.Single(handler.Closings);
    }

    [Fact]
    public async Task A_connection_that_ends_inside_a_frame_fails_with_an_error_saying_so()
    {
        var handler = new RecordingHandler();
        await using var listener = await StartListener(handler);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(listener.BoundEndPoints[0]).WaitAsync(FramePair.Patience);

        // A whole frame (kind 7, body 1 2 3), then 4 bytes of a 10-byte one.
        await socket.SendAsync(new byte[] { 4, 0, 0, 0, 7, 1, 2, 3, 10, 0, 0, 0 }).WaitAsync(FramePair.Patience);
        socket.Shutdown(SocketShutdown.Send);

        var error = await handler.Closed.WaitAsync(FramePair.Patience);
        Assert.Contains("ended inside a frame: 4 bytes", Assert.IsType<InvalidDataException>(error).Message);
        Assert.True(Assert.Single(handler.Frames).Matches(7, [1, 2, 3]));
    }

    [Fact]
    public async Task Frames_trickling_in_a_few_bytes_at_a_time_arrive_whole()
    {
        var handler = new RecordingHandler();
        await using var listener = await StartListener(handler);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(listener.BoundEndPoints[0]).WaitAsync(FramePair.Patience);
        var first = TestFrame.Body(3, 300);
        var second = TestFrame.Body(4, 0);
        var wire = new List<byte>();
        foreach (var (kind, body) in new[] { ((byte)3, first), ((byte)4, second) })
        {
            var header = new byte[5];
            BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)body.Length + 1);
            header[4] = kind;
            wire.AddRange(header);
            wire.AddRange(body);
        }

        // Pieces of 1 to 7 bytes with pauses between them, so the reader sees headers and bodies cut anywhere.
        var bytes = wire.ToArray();
        for (int offset = 0, piece = 1; offset < bytes.Length; offset += piece, piece = (piece % 7) + 1)
        {
            await socket.SendAsync(bytes.AsMemory(offset, Math.Min(piece, bytes.Length - offset))).AsTask().WaitAsync(FramePair.Patience);
            await Task.Delay(1);
        }

        await handler.WhenReceived(2);
        var received = handler.Frames;
        Assert.Equal(2, received.Count);
        Assert.True(received[0].Matches(3, first));
        Assert.True(received[1].Matches(4, second));
    }

    [Fact]
    public async Task An_exception_from_the_handler_ends_the_connection_with_that_error()
    {
        var boom = new InvalidOperationException("The handler failed.");
        var serverHandler = new RecordingHandler
        {
            OnEachFrame = (_, kind, _) =>
            {
                if (kind == 9)
                {
                    throw boom;
                }
            },
        };
        await using var pair = await FramePair.StartAsync(serverHandler);

        Assert.True(pair.Client.TrySend(new TestFrame(9, 3)));
        Assert.True(pair.Client.TrySend(new TestFrame(1, 3)));

        Assert.Same(boom, await pair.ServerHandler.Closed.WaitAsync(FramePair.Patience));
        await pair.ClientHandler.Closed.WaitAsync(FramePair.Patience);
        await pair.Server.Completion.WaitAsync(FramePair.Patience);
        Assert.DoesNotContain(pair.ServerHandler.Frames, frame => frame.Kind == 1);
    }

    [Fact]
    public async Task The_peer_closing_ends_the_connection_once_and_later_frames_are_reported_not_sent()
    {
        await using var pair = await FramePair.StartAsync();

        pair.Server.Close();

        Assert.Null(await pair.ClientHandler.Closed.WaitAsync(FramePair.Patience));
        await pair.Client.Completion.WaitAsync(FramePair.Patience);
        Assert.True(pair.Client.IsClosed);
        var late = new TestFrame(1, 10);
        Assert.False(pair.Client.TrySend(late));
        Assert.True(late.NotSent.IsCompleted);
        Assert.IsType<FrameConnectionClosedException>(await late.NotSent);
        pair.Client.Close(new InvalidOperationException("too late to count"));
        await pair.Client.DisposeAsync();
        await pair.Server.Completion.WaitAsync(FramePair.Patience);
        Assert.Equal([null], pair.ClientHandler.Closings);
        Assert.Equal([null], pair.ServerHandler.Closings);
    }

    [Fact]
    public async Task Closing_a_connection_with_queued_frames_reports_every_unwritten_frame_not_sent()
    {
        await using var pair = await FramePair.StartAsync();
        using var gate = new ManualResetEventSlim();
        var held = new TestFrame(1, 10) { Gate = gate };
        Assert.True(pair.Client.TrySend(held));
        await held.Writing.WaitAsync(FramePair.Patience);
        var queued = Enumerable.Range(0, 10).Select(_ => new TestFrame(2, 10)).ToArray();
        foreach (var frame in queued)
        {
            Assert.True(pair.Client.TrySend(frame));
        }

        pair.Client.Close();
        gate.Set();

        await pair.Client.Completion.WaitAsync(FramePair.Patience);
        foreach (var frame in queued.Prepend(held))
        {
            Assert.IsType<FrameConnectionClosedException>(await frame.NotSent.WaitAsync(FramePair.Patience));
            Assert.Equal(1, frame.NotSentCalls);
        }

        Assert.Null(await pair.ServerHandler.Closed.WaitAsync(FramePair.Patience));
        Assert.Equal(0, pair.ServerHandler.Received);
        Assert.Equal([null], pair.ClientHandler.Closings);
    }

    [Fact]
    public async Task Connecting_to_a_port_nobody_listens_on_fails_within_a_second()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        var connecting = FrameConnection.ConnectAsync("127.0.0.1", port, new RecordingHandler(), new FrameConnectionOptions(),
            NullLogger.Instance, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<SocketException>(() => connecting.WaitAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    private static Task<FrameListener> StartListener(RecordingHandler handler) =>
        FrameListener.StartAsync([new FrameEndpoint(new IPEndPoint(IPAddress.Loopback, 0), handler)],
            new FrameConnectionOptions(), NullLoggerFactory.Instance, CancellationToken.None).WaitAsync(FramePair.Patience);

    /// <summary>Reads until the peer ends the connection; returns the bytes read (a reset counts as the end).</summary>
    private static async Task<int> ReceiveUntilEnd(Socket socket)
    {
        var buffer = new byte[256];
        var total = 0;
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer).WaitAsync(FramePair.Patience)) > 0)
            {
                total += read;
            }
        }
        catch (SocketException)
        {
        }

        return total;
    }

    [Fact]
    public async Task Every_frame_offered_while_the_connection_closes_is_either_written_or_reported_not_sent_once()
    {
        // A race, so a probe rather than a proof: a frame queued between a sender's check and Close completing the
        // queue was once left behind unreported; 200 rounds of 8 senders catch that in most runs.
        for (var round = 0; round < 200; round++)
        {
            await using var pair = await FramePair.StartAsync();
            var frames = new TestFrame[8][];
            using var start = new Barrier(frames.Length + 1);
            var sending = Enumerable.Range(0, frames.Length).Select(sender => Task.Factory.StartNew(() =>
            {
                frames[sender] = [.. Enumerable.Range(0, 1_000).Select(_ => new TestFrame(1, 1))];
                start.SignalAndWait(FramePair.Patience);
                foreach (var frame in frames[sender])
                {
                    pair.Client.TrySend(frame);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

            start.SignalAndWait(FramePair.Patience);
            pair.Client.Close();
            await Task.WhenAll(sending).WaitAsync(FramePair.Patience);
            await pair.Client.Completion.WaitAsync(FramePair.Patience);

            foreach (var frame in frames.SelectMany(sent => sent))
            {
                Assert.True(frame.NotSentCalls <= 1, "a frame was reported not sent twice");
                Assert.True(frame.Writing.IsCompleted || frame.NotSentCalls == 1, $"round {round}: a frame was neither written nor reported not sent");
            }
        }
    }
}
