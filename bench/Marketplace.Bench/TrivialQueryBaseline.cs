using System.Diagnostics;

namespace Marketplace.Bench;

/// <summary>
/// The baseline measured in the same run: the same HTTP client, connections, server and bearer authentication
/// answering <c>{ __typename }</c> at the same concurrency, closed loop — what a GraphQL round trip costs here before
/// any marketplace work (grains, storage, streams, WebSocket fan-out).
/// </summary>
public static class TrivialQueryBaseline
{
    public const string Query = "{ __typename }";

    /// <summary>Requests per second and latency of <c>{ __typename }</c> after a 1 s warm-up.</summary>
    public static async Task<(double PerSecond, LatencySummary Latency, long Failed)> RunAsync(GraphQLHttpClient http, BenchUser viewer, int workers, TimeSpan duration)
    {
        var latency = new LatencyHistogram();
        long completed = 0, failed = 0;
        var start = Stopwatch.GetTimestamp();
        var from = start + Stopwatch.Frequency;
        var to = from + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() is var sentAt && sentAt < to)
            {
                using var response = await http.PostAsync(Query, variables: null, viewer.Token);
                var ok = response.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("__typename", out _);
                if (sentAt >= from)
                {
                    latency.Record(Stopwatch.GetTimestamp() - sentAt);
                    Interlocked.Increment(ref ok ? ref completed : ref failed);
                }
            }
        })));
        return (completed / duration.TotalSeconds, latency.Summarize(), failed);
    }
}
