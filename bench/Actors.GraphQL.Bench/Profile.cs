using System.Buffers;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Bench;

/// <summary>One workload executed in a loop on each of some threads (its response written into a reused buffer, as the server writes into a pooled one), for a profiler to sample.</summary>
internal static class Profile
{
    public static async Task RunAsync(string workload, TimeSpan duration, int threads)
    {
        var executor = new RequestExecutor(BenchData.CreateSchema());
        var request = new GraphQLRequest(Workloads.Query(workload));
        var options = new RequestOptions();
        var until = DateTime.UtcNow + duration;
        long executed = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var loops = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            var body = new ArrayBufferWriter<byte>(64 * 1024);
            while (DateTime.UtcNow < until)
            {
                var response = await executor.ExecuteAsync(request, options, CancellationToken.None);
                body.ResetWrittenCount();
                ExecutionResultWriter.Write(body, response.Result!);
                Interlocked.Increment(ref executed);
            }
        }));
        await Task.WhenAll(loops);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Math.Max(executed, 1);
        Console.WriteLine($"{workload}: {executed / duration.TotalSeconds:N0} executions/s on {threads} thread(s), "
            + $"{allocated:N0} B allocated per execution, "
            + $"collections gen0/1/2: {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}");
    }
}
