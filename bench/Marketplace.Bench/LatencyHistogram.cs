using System.Diagnostics;

namespace Marketplace.Bench;

/// <summary>
/// Latency samples in <see cref="Stopwatch"/> ticks, kept whole (a run records at most a few million) so the
/// percentiles are exact; thread-safe for concurrent recorders.
/// </summary>
public sealed class LatencyHistogram
{
    private readonly List<long> _ticks = [];

    public int Count
    {
        get
        {
            lock (_ticks)
            {
                return _ticks.Count;
            }
        }
    }

    public void Record(long ticks)
    {
        lock (_ticks)
        {
            _ticks.Add(ticks);
        }
    }

    /// <summary>p50, p99, p99.9 and max in milliseconds (zeros when empty).</summary>
    public LatencySummary Summarize()
    {
        long[] all;
        lock (_ticks)
        {
            all = [.. _ticks];
        }

        Array.Sort(all);
        double Millis(double quantile) => all.Length == 0 ? 0 : Math.Round(all[(int)Math.Min(all.Length - 1, quantile * all.Length)] * 1000.0 / Stopwatch.Frequency, 3);
        return new LatencySummary(all.Length, Millis(0.50), Millis(0.99), Millis(0.999), Millis(1.0));
    }
}

/// <summary>Percentiles of a <see cref="LatencyHistogram"/>, in milliseconds.</summary>
public sealed record LatencySummary(long Samples, double P50Ms, double P99Ms, double P999Ms, double MaxMs)
{
    public override string ToString() =>
        FormattableString.Invariant($"p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, p99.9 {P999Ms:0.00} ms, max {MaxMs:0.00} ms ({Samples:N0} samples)");
}
