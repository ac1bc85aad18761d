using System.Buffers;
using Actors.Runtime;
using Actors.Runtime.Networking;
using Actors.Runtime.Serialization;
using Actors.Runtime.Testing;
using ActorsGenerated.Actors.Bench;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Bench;

/// <summary>
/// (c) Grain calls from one silo to grains on another, over the silos' real TCP connection on loopback (two silos in
/// this process, as a test cluster runs them): proxy, message, frame, socket, the far silo's catalog and turn, the
/// answer back. Beside it, in the same run, the same request/response done over a raw TCP connection with the same
/// frame sizes, pipelined and batched the same way (<see cref="TcpEchoBaseline"/>).
/// </summary>
internal static class CrossSiloBenchmark
{
    private const int Grains = 1024;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var (requestBytes, responseBytes) = FrameSizes();
        Console.WriteLine($"cross-silo: {options.Concurrency} concurrent callers on silo 0 over {Grains} grains on silo 1, " +
            $"{options.Duration.TotalSeconds:0} s each (after {options.Warmup.TotalSeconds:0} s warm-up), {Environment.ProcessorCount} cores; " +
            $"frames of {requestBytes} B (request) and {responseBytes} B (answer) after the 4-byte length");

        double baseline;
        await using (var echo = await TcpEchoBaseline.StartAsync(requestBytes, responseBytes))
        {
            baseline = await CallBenchmark.MeasureAsync("raw TCP echo (baseline)", options, (_, value) => echo.CallAsync(value));
        }

        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Assemblies.Add(typeof(RemoteNoopGrain).Assembly);
            o.Silos = 2;
        });
        var far = cluster.Silos[1]!.GetRequiredService<IGrainFactory>();
        await Parallel.ForAsync(0, Grains, async (i, _) => await far.GetGrain<IRemoteNoopGrain>($"remote-{i}").Ping(0)); // activated on silo 1
        var farSilo = cluster.SiloAddressOf(1);
        for (var i = 0; i < Grains; i++)
        {
            var registered = await cluster.Directory.LookupAsync(new GrainId("remotenoop", $"remote-{i}"), default);
            if (registered?.Silo != farSilo)
            {
                throw new InvalidOperationException($"grain remote-{i} is registered on {registered?.Silo.ToString() ?? "no silo"}, not on silo 1");
            }
        }

        var near = cluster.Silos[0]!.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, Grains).Select(i => near.GetGrain<IRemoteNoopGrain>($"remote-{i}")).ToArray();
        var runtime = await CallBenchmark.MeasureAsync("cross-silo grain calls (runtime)", options, (i, value) => grains[i].Ping(value));

        Console.WriteLine($"runtime / baseline: {runtime / baseline:P0}");
        return 0;
    }

    /// <summary>The bodies (kind byte included) of a Ping request and its answer, by the runtime's own encoders.</summary>
    private static (int Request, int Response) FrameSizes()
    {
        var request = new Proxy_IRemoteNoopGrain.PingRequest0 { Arg0 = 123_456, Target = new GrainId("remotenoop", "remote-1000") };
        var body = new ArrayBufferWriter<byte>();
        new RequestFrame(1_000_000, request, 30_000, "far silo", new PendingCalls()).WriteBody(body);
        var answer = new PooledBuffer();
        Serializer.Serialize(123_456, answer);
        var response = ResponseFrame.HeaderLength + answer.WrittenSpan.Length;
        answer.Release();
        return (1 + body.WrittenCount, 1 + response);
    }
}
