using System.Buffers;
using System.Text.Json;
using Actors.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Actors.GraphQL.Transport.Sse;

/// <summary>
/// The event stream of one graphql-sse response: <c>next</c> events carrying execution results,
/// one final <c>complete</c> event, and comment lines as keep-alives while nothing else is sent.
/// Writes are serialized, so the keep-alive never splits an event.
/// </summary>
internal sealed class ServerSentEventStream : IAsyncDisposable
{
    private static readonly byte[] _keepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] _complete = "event: complete\ndata: \n\n"u8.ToArray();

    private readonly HttpResponse _response;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _keepAliveStop;
    private readonly Task _keepAliveLoop;

    public ServerSentEventStream(HttpResponse response, TimeSpan keepAliveInterval, TimeProvider time, CancellationToken cancellationToken)
    {
        _response = response;
        _keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _keepAliveLoop = keepAliveInterval > TimeSpan.Zero ? KeepAliveAsync(keepAliveInterval, time, _keepAliveStop.Token) : Task.CompletedTask;
    }

    /// <summary>Sends the status line and headers of the stream.</summary>
    public static async Task StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>A <c>next</c> event whose data is the result as one line of JSON.</summary>
    public Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("event: next\ndata: "u8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExecutionResultWriter.Write(writer, result);
        }

        buffer.Write("\n\n"u8);
        return WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    public Task WriteCompleteAsync(CancellationToken cancellationToken) => WriteAsync(_complete, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _keepAliveStop.CancelAsync();
        try
        {
            await _keepAliveLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _keepAliveStop.Dispose();
        _writeLock.Dispose();
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _response.Body.WriteAsync(bytes, cancellationToken);
            await _response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await WriteAsync(_keepAlive, cancellationToken);
        }
    }
}
