using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Actors.Bench;

/// <summary>
/// The cross-silo benchmark's baseline: request/response over one raw TCP connection on loopback, with the frame sizes
/// of a grain call and its answer, length-prefixed, pipelined and batched (a write loop that flushes once per batch, a
/// read loop that parses every frame it has) — what the runtime's own transport does, without anything of the runtime.
/// </summary>
internal sealed class TcpEchoBaseline : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly Socket _client;
    private readonly Socket _server;
    private readonly Channel<(long Id, TaskCompletionSource<int> Reply)> _outgoing =
        Channel.CreateUnbounded<(long, TaskCompletionSource<int>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, TaskCompletionSource<int>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly int _requestBytes;
    private readonly int _responseBytes;
    private readonly List<Task> _loops = [];
    private long _nextId;

    private TcpEchoBaseline(Socket listener, Socket client, Socket server, int requestBytes, int responseBytes)
    {
        _listener = listener;
        _client = client;
        _server = server;
        _requestBytes = Math.Max(requestBytes, sizeof(long));
        _responseBytes = Math.Max(responseBytes, sizeof(long));
    }

    /// <summary>Connects a client to an echo server over loopback; requests carry <paramref name="requestBytes"/> after the length, answers <paramref name="responseBytes"/>.</summary>
    public static async Task<TcpEchoBaseline> StartAsync(int requestBytes, int responseBytes)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var accepting = listener.AcceptAsync();
        await client.ConnectAsync(listener.LocalEndPoint!);
        var server = await accepting;
        server.NoDelay = true;
        var echo = new TcpEchoBaseline(listener, client, server, requestBytes, responseBytes);
        var clientStream = new NetworkStream(client);
        var serverStream = new NetworkStream(server);
        echo._loops.Add(Task.Run(() => echo.ServeAsync(PipeReader.Create(serverStream), PipeWriter.Create(serverStream))));
        echo._loops.Add(Task.Run(() => echo.WriteRequestsAsync(PipeWriter.Create(clientStream))));
        echo._loops.Add(Task.Run(() => echo.ReadAnswersAsync(PipeReader.Create(clientStream))));
        return echo;
    }

    /// <summary>One request and its answer.</summary>
    public Task<int> CallAsync(int value)
    {
        var reply = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var id = Interlocked.Increment(ref _nextId);
        _pending[id] = reply;
        _outgoing.Writer.TryWrite((id, reply));
        return reply.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _outgoing.Writer.TryComplete();
        _client.Dispose();
        _server.Dispose();
        _listener.Dispose();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task WriteRequestsAsync(PipeWriter output)
    {
        var reader = _outgoing.Reader;
        while (await reader.WaitToReadAsync(_stop.Token))
        {
            while (reader.TryRead(out var request))
            {
                WriteFrame(output, request.Id, _requestBytes);
            }

            await output.FlushAsync(_stop.Token);
        }
    }

    private async Task ServeAsync(PipeReader input, PipeWriter output)
    {
        while (!_stop.IsCancellationRequested)
        {
            var result = await input.ReadAsync(_stop.Token);
            var buffer = result.Buffer;
            while (TryReadFrame(ref buffer, out var id))
            {
                WriteFrame(output, id, _responseBytes);
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            await output.FlushAsync(_stop.Token);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private async Task ReadAnswersAsync(PipeReader input)
    {
        while (!_stop.IsCancellationRequested)
        {
            var result = await input.ReadAsync(_stop.Token);
            var buffer = result.Buffer;
            while (TryReadFrame(ref buffer, out var id))
            {
                if (_pending.TryRemove(id, out var reply))
                {
                    reply.TrySetResult((int)id);
                }
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>A 4-byte length, then the id in the first 8 of <paramref name="bytes"/> bytes.</summary>
    private static void WriteFrame(PipeWriter output, long id, int bytes)
    {
        var span = output.GetSpan(sizeof(int) + bytes);
        BinaryPrimitives.WriteInt32LittleEndian(span, bytes);
        BinaryPrimitives.WriteInt64LittleEndian(span[sizeof(int)..], id);
        span.Slice(sizeof(int) + sizeof(long), bytes - sizeof(long)).Clear();
        output.Advance(sizeof(int) + bytes);
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out long id)
    {
        id = 0;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadLittleEndian(out int length) || reader.Remaining < length || !reader.TryReadLittleEndian(out id))
        {
            return false;
        }

        buffer = buffer.Slice(sizeof(int) + length);
        return true;
    }
}
