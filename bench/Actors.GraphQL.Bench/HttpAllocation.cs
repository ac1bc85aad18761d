using System.Net;
using System.Net.Sockets;
using System.Text;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;

namespace Actors.GraphQL.Bench;

/// <summary>
/// Bytes allocated per GraphQL-over-HTTP POST, whole process: Kestrel in this process, and one keep-alive
/// socket sending the same pre-built request bytes and reading each response into a reused buffer, one
/// request at a time, so that (almost) everything counted is the server's. Counted with
/// <see cref="GC.GetTotalAllocatedBytes(bool)"/>: per-thread counters miss the work that async hands to other threads.
/// </summary>
internal static class HttpAllocation
{
    public static async Task RunAsync(string workload, int requests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(BenchData.CreateSchema()));
        builder.Services.AddGraphQLServer();
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = new Uri(app.Urls.First());

        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = Workloads.Query(workload) }));
        var request = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\n"
            + $"Accept: application/graphql-response+json, application/json\r\nContent-Length: {body.Length}\r\n\r\n")
            .Concat(body).ToArray();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, address.Port));
        var response = new byte[1 << 20];

        for (var warmUp = 0; warmUp < Math.Max(requests / 4, 100); warmUp++)
        {
            await ExchangeAsync(socket, request, response);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var sent = 0; sent < requests; sent++)
        {
            await ExchangeAsync(socket, request, response);
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{workload}: {allocated / requests:N0} B allocated per HTTP request, "
            + $"{elapsed.TotalMicroseconds / requests:N1} µs per request (one connection, sequential), {requests:N0} requests");
        await app.StopAsync();
    }

    /// <summary>Sends one request and reads its response: headers up to the blank line, then Content-Length bytes.</summary>
    private static async Task ExchangeAsync(Socket socket, byte[] request, byte[] response)
    {
        await socket.SendAsync(request, SocketFlags.None);
        var received = 0;
        while (true)
        {
            received += await socket.ReceiveAsync(response.AsMemory(received), SocketFlags.None);
            var headerEnd = response.AsSpan(0, received).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0)
            {
                continue;
            }

            var headers = response.AsSpan(0, headerEnd);
            var lengthAt = headers.IndexOf("Content-Length: "u8) + "Content-Length: ".Length;
            var lengthEnd = headers[lengthAt..].IndexOf("\r\n"u8);
            var length = int.Parse(lengthEnd < 0 ? headers[lengthAt..] : headers.Slice(lengthAt, lengthEnd));
            while (received < headerEnd + 4 + length)
            {
                received += await socket.ReceiveAsync(response.AsMemory(received), SocketFlags.None);
            }

            return;
        }
    }
}
