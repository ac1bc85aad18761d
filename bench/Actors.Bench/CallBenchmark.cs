using System.Diagnostics;
using System.Threading.Channels;
using Actors.Runtime.Testing;

namespace Actors.Bench;

/// <summary>
/// (a) No-op grain calls from many concurrent callers through the whole runtime (proxy, message,
/// catalog, activation scheduler, turn), beside the same request/response done raw: a
/// System.Threading.Channels ping-pong with one consumer loop per "grain" and a TaskCompletionSource reply.
/// </summary>
internal static class CallBenchmark
{
    private const int Grains = 1024;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Console.WriteLine($"calls: {options.Concurrency} concurrent callers over {Grains} grains, {options.Duration.TotalSeconds:0} s each (after {options.Warmup.TotalSeconds:0} s warm-up), {Environment.ProcessorCount} cores");

        var baseline = await MeasureAsync("channel ping-pong (baseline)", options, await ChannelPingPong.StartAsync(Grains));
        await using var cluster = await TestCluster.StartAsync(o => o.Assemblies.Add(typeof(NoopGrain).Assembly));
        var grains = Enumerable.Range(0, Grains).Select(i => cluster.GrainFactory.GetGrain<INoopGrain>($"noop-{i}")).ToArray();
        var runtime = await MeasureAsync("grain calls (runtime)", options, (i, v) => grains[i].Ping(v));

        Console.WriteLine($"runtime / baseline: {runtime / baseline:P0}");
        return 0;
    }

    internal static async Task<double> MeasureAsync(string name, BenchOptions options, Func<int, int, Task<int>> call)
    {
        var recorder = new LatencyRecorder(options.Concurrency);
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var target = worker % Grains;
            var value = 0;
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                value = await call(target, value + 1);
                recorder.Record(worker, start);
                target = (target + options.Concurrency) % Grains;
            }
        })).ToArray();

        await Task.Delay(options.Warmup);
        recorder.Reset();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(options.Duration);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var total = recorder.Total;
        var bytesPerCall = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)total;
        stop.Cancel();
        await Task.WhenAll(workers);

        var (p50, p99, p999, max) = recorder.Percentiles();
        var rate = total / elapsed.TotalSeconds;
        Console.WriteLine($"{name,-32} {rate,14:N0} calls/s   p50 {p50,8:N1} µs   p99 {p99,8:N1} µs   p99.9 {p999,9:N1} µs   max {max / 1000,7:N1} ms   {bytesPerCall,5:N0} B/call");
        return rate;
    }

    /// <summary>The baseline: one channel and one consumer loop per target, replying through a TaskCompletionSource.</summary>
    private static class ChannelPingPong
    {
        public static Task<Func<int, int, Task<int>>> StartAsync(int targets)
        {
            var channels = Enumerable.Range(0, targets)
                .Select(_ => Channel.CreateUnbounded<(int Value, TaskCompletionSource<int> Reply)>(new UnboundedChannelOptions { SingleReader = true }))
                .ToArray();
            foreach (var channel in channels)
            {
                _ = Task.Run(async () =>
                {
                    await foreach (var (value, reply) in channel.Reader.ReadAllAsync())
                    {
                        reply.SetResult(value);
                    }
                });
            }

            return Task.FromResult<Func<int, int, Task<int>>>((target, value) =>
            {
                var reply = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                channels[target].Writer.TryWrite((value, reply));
                return reply.Task;
            });
        }
    }
}
