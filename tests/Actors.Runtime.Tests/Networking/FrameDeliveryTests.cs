using System.Buffers;
using System.Buffers.Binary;

namespace Actors.Runtime.Tests.Networking;

/// <summary>Frames cross a real loopback TCP connection whole, in order, both ways, and in batches.</summary>
public sealed class FrameDeliveryTests
{
    [Fact]
    public async Task Frames_of_every_size_arrive_in_order_with_their_kind_and_body_intact()
    {
        await using var pair = await FramePair.StartAsync();
        var sent = new[] { 0, 1, 100, 70 * 1024, 4 * 1024 * 1024 }
            .Select((bytes, i) => new TestFrame((byte)(10 + i), bytes))
            .ToArray();

        foreach (var frame in sent)
        {
            Assert.True(pair.Client.TrySend(frame));
        }

        await pair.ServerHandler.WhenReceived(sent.Length);
        var received = pair.ServerHandler.Frames;
        Assert.Equal(sent.Length, received.Count);
        for (var i = 0; i < sent.Length; i++)
        {
            Assert.Equal(sent[i].Kind, received[i].Kind);
            Assert.Equal(sent[i].BodyBytes.Length, received[i].Body.Length);
            Assert.True(received[i].Body.AsSpan().SequenceEqual(sent[i].BodyBytes), $"the body of frame {i} differs");
        }

        Assert.All(sent, frame => Assert.Equal(0, frame.NotSentCalls));
        Assert.Equal(sent.Length + 1, pair.Client.FramesSent);
        Assert.Equal(sent.Length + 1, pair.Server.FramesReceived);
    }

    [Fact]
    public async Task A_hundred_thousand_small_frames_from_eight_concurrent_senders_all_arrive_each_sender_in_order()
    {
        const int senders = 8;
        const int perSender = 12_500;
        var next = new int[senders];
        var outOfOrder = 0;
        var serverHandler = new RecordingHandler
        {
            Keeps = false,
            OnEachFrame = (_, kind, body) =>
            {
                if (kind == RecordingHandler.HelloKind)
                {
                    return;
                }

                Span<byte> bytes = stackalloc byte[5];
                body.CopyTo(bytes);
                var sender = bytes[0];
                var sequence = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
                if (sequence != next[sender]++)
                {
                    Interlocked.Increment(ref outOfOrder);
                }
            },
        };
        await using var pair = await FramePair.StartAsync(serverHandler);

        await Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(() =>
        {
            for (var sequence = 0; sequence < perSender; sequence++)
            {
                var body = new byte[5];
                body[0] = (byte)sender;
                BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(1), sequence);
                Assert.True(pair.Client.TrySend(new TestFrame(1, body)));
            }
        }))).WaitAsync(FramePair.Patience);

        await pair.ServerHandler.WhenReceived(senders * perSender);
        Assert.Equal(senders * perSender, pair.ServerHandler.Received);
        Assert.Equal(0, outOfOrder);
        Assert.All(next, count => Assert.Equal(perSender, count));
    }

    [Fact]
    public async Task Frames_flow_both_ways_on_one_connection_and_each_end_knows_its_direction()
    {
        var serverHandler = new RecordingHandler
        {
            // Echo every frame with the next kind, from inside OnFrame.
            OnEachFrame = (connection, kind, body) =>
            {
                if (kind != RecordingHandler.HelloKind)
                {
                    connection.TrySend(new TestFrame((byte)(kind + 1), body.ToArray()));
                }
            },
        };
        await using var pair = await FramePair.StartAsync(serverHandler);
        var sent = Enumerable.Range(0, 1000).Select(i => new TestFrame((byte)(i % 200), i % 300)).ToArray();

        foreach (var frame in sent)
        {
            Assert.True(pair.Client.TrySend(frame));
        }

        await pair.ClientHandler.WhenReceived(sent.Length);
        var echoes = pair.ClientHandler.Frames;
        Assert.Equal(sent.Length, echoes.Count);
        for (var i = 0; i < sent.Length; i++)
        {
            Assert.True(echoes[i].Matches((byte)(sent[i].Kind + 1), sent[i].BodyBytes), $"echo {i} differs");
        }

        Assert.True(pair.Server.IsInbound);
        Assert.False(pair.Client.IsInbound);
        Assert.Equal(pair.Client.LocalEndPoint?.ToString(), pair.Server.RemoteEndPoint?.ToString());
    }

    [Fact]
    public async Task Frames_queued_while_the_write_loop_is_busy_go_out_with_far_fewer_flushes_than_frames()
    {
        await using var pair = await FramePair.StartAsync();
        using var gate = new ManualResetEventSlim();
        var held = new TestFrame(1, 10) { Gate = gate };
        Assert.True(pair.Client.TrySend(held));
        await held.Writing.WaitAsync(FramePair.Patience);
        var flushesBefore = pair.Client.Flushes;

        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(pair.Client.TrySend(new TestFrame(2, 10)));
        }

        gate.Set();
        await pair.ServerHandler.WhenReceived(10_001);
        var flushes = pair.Client.Flushes - flushesBefore;
        Assert.InRange(flushes, 1, 20);
        Assert.Equal(10_001, pair.ServerHandler.Received);
    }
}
