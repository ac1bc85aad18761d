using System.Diagnostics;

namespace Actors.Bench;

/// <summary>
/// Counts operations and samples their latency (every operation, up to a fixed number of samples per
/// worker, so recording costs one array store) to report throughput and percentiles.
/// </summary>
internal sealed class LatencyRecorder(int workers)
{
    private const int SamplesPerWorker = 1 << 20;
    private readonly long[][] _samples = Enumerable.Range(0, workers).Select(_ => new long[SamplesPerWorker]).ToArray();
    private readonly long[] _counts = new long[workers];

    public void Record(int worker, long startTimestamp)
    {
        var count = _counts[worker]++;
        _samples[worker][count & (SamplesPerWorker - 1)] = Stopwatch.GetTimestamp() - startTimestamp;
    }

    public long Total => _counts.Sum();

    public void Reset() => Array.Clear(_counts);

    public (double P50Microseconds, double P99Microseconds, double P999Microseconds, double MaxMicroseconds) Percentiles()
    {
        var all = _samples.SelectMany((samples, w) => samples.Take((int)Math.Min(_counts[w], SamplesPerWorker))).ToArray();
        Array.Sort(all);
        double Micro(double q) => all.Length == 0 ? 0 : all[(int)Math.Min(all.Length - 1, q * all.Length)] * 1_000_000.0 / Stopwatch.Frequency;
        return (Micro(0.50), Micro(0.99), Micro(0.999), Micro(1.0));
    }
}
