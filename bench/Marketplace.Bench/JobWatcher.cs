using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Marketplace.Bench;

/// <summary>
/// One browser tab watching a job's live bidding: a <see cref="ClientWebSocket"/> speaking graphql-transport-ws
/// (connection_init with the bearer token, one <c>jobActivity</c> subscription) that stamps every <c>next</c> the
/// moment it is read and keeps it as a <see cref="Delivery"/>. Messages are scanned with <see cref="Utf8JsonReader"/>
/// so the watcher costs the load as little as a frontend's socket would.
/// </summary>
public sealed class JobWatcher : IAsyncDisposable
{
    public const string JobActivitySubscription = """
        subscription ($jobId: ID!) { jobActivity(jobId: $jobId) { kind sequence proposal { id } bidStats { count } } }
        """;

    /// <summary>Depth of the proposal's fields in {"payload":{"data":{"jobActivity":{"proposal":{"id"...</summary>
    private const int ProposalFieldDepth = 5;

    private static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();
    private readonly ClientWebSocket _socket = new();
    private readonly List<Delivery> _deliveries = new(1024);
    private readonly Action _onNext;
    private Task _receiving = Task.CompletedTask;

    private JobWatcher(int job, bool isClient, Action onNext)
    {
        Job = job;
        IsClient = isClient;
        _onNext = onNext;
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    /// <summary>Index of the watched job in the population.</summary>
    public int Job { get; }

    /// <summary>Whether the watcher is the job's client (who sees every proposal's id).</summary>
    public bool IsClient { get; }

    /// <summary>Protocol <c>error</c> messages, GraphQL errors in a <c>next</c>, or an early <c>complete</c>.</summary>
    public int Errors { get; private set; }

    /// <summary>The last error's text, for the report.</summary>
    public string? LastError { get; private set; }

    public static async Task<JobWatcher> OpenAsync(Uri graphQL, BenchUser viewer, string jobId, int job, bool isClient, Action onNext)
    {
        var watcher = new JobWatcher(job, isClient, onNext);
        var address = new UriBuilder(graphQL) { Scheme = graphQL.Scheme == "https" ? "wss" : "ws" }.Uri;
        await watcher._socket.ConnectAsync(address, CancellationToken.None);
        await watcher.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {viewer.Token}" } });
        using var ackWait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        var ack = await watcher._socket.ReceiveAsync(buffer, ackWait.Token);
        var text = Encoding.UTF8.GetString(buffer, 0, ack.Count);
        if (!text.Contains("\"connection_ack\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"no connection_ack: {text}");
        }

        await watcher.SendAsync(new { id = "1", type = "subscribe", payload = new { query = JobActivitySubscription, variables = new { jobId } } });
        watcher._receiving = Task.Run(watcher.ReceiveLoopAsync);
        return watcher;
    }

    /// <summary>What arrived so far (a copy).</summary>
    public Delivery[] Deliveries()
    {
        lock (_deliveries)
        {
            return [.. _deliveries];
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", wait.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone: nothing to close.
        }

        _socket.Abort();
        try
        {
            await _receiving;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The abort ends the loop.
        }

        _socket.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                length += received.Count;
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var at = Stopwatch.GetTimestamp();
                await HandleAsync(buffer.AsMemory(0, length), at);
                length = 0;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed under us at the end of the run.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask HandleAsync(ReadOnlyMemory<byte> message, long at)
    {
        var (type, delivery, hasErrors) = Scan(message.Span, at);
        switch (type)
        {
            case "next" when !hasErrors:
                lock (_deliveries)
                {
                    _deliveries.Add(delivery);
                }

                _onNext();
                break;
            case "ping":
                await _socket.SendAsync(Pong, WebSocketMessageType.Text, true, CancellationToken.None);
                break;
            case "pong":
                break;
            default:
                Errors++;
                LastError = Encoding.UTF8.GetString(message.Span);
                break;
        }
    }

    /// <summary>The message's type and, for a <c>next</c>, its sequence, proposal id and bid count.</summary>
    private static (string? Type, Delivery Delivery, bool HasErrors) Scan(ReadOnlySpan<byte> message, long at)
    {
        var reader = new Utf8JsonReader(message);
        string? type = null;
        string? proposalId = null;
        long sequence = -1;
        var count = -1;
        var hasErrors = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("type"u8) && reader.CurrentDepth == 1)
            {
                reader.Read();
                type = reader.GetString();
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                hasErrors = true;
            }
            else if (reader.ValueTextEquals("sequence"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.String ? long.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : reader.GetInt64();
            }
            else if (reader.CurrentDepth == ProposalFieldDepth && reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                proposalId = reader.GetString();
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                count = reader.GetInt32();
            }
        }

        return (type, new Delivery(sequence, at, proposalId, count), hasErrors);
    }

    private async Task SendAsync(object message) =>
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
}
