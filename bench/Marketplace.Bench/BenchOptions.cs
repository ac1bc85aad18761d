using System.Globalization;

namespace Marketplace.Bench;

/// <summary>The live-bidding benchmark's command-line settings (see Program.cs for the usage).</summary>
public sealed record BenchOptions
{
    /// <summary>WebSocket subscriptions to <c>jobActivity</c>, spread evenly over the jobs.</summary>
    public int Subscribers { get; init; } = 2_000;

    /// <summary>Jobs posted before the load; every bid goes to one of them, round robin.</summary>
    public int Jobs { get; init; } = 200;

    /// <summary>Clients that post the jobs (each posts Jobs / Clients of them).</summary>
    public int Clients { get; init; } = 20;

    /// <summary>Concurrent HTTP workers submitting proposals (and the HTTP connections they may use).</summary>
    public int Workers { get; init; } = 64;

    /// <summary>Target bids per second (open loop); null: as fast as the server answers (closed loop).</summary>
    public double? Rate { get; init; }

    /// <summary>The most bids per second a closed-loop run is expected to reach; sizes the freelancer population.</summary>
    public double CeilingRate { get; init; } = 4_000;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The GraphQL address of a silo running in its own process; null: start one in this process.</summary>
    public Uri? Target { get; init; }

    /// <summary>How long to wait after the load for late <c>next</c> messages before counting missing ones.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the trivial-query baseline runs (after its own 1 s warm-up); zero skips it.</summary>
    public TimeSpan BaselineDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>PostgreSQL connection string; null: memory storage.</summary>
    public string? Postgres { get; init; }

    /// <summary>Label printed with the results (e.g. the machine's load average at the start).</summary>
    public string? Label { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--subscribers" => options with { Subscribers = Int(value) },
                "--jobs" => options with { Jobs = Int(value) },
                "--clients" => options with { Clients = Int(value) },
                "--workers" => options with { Workers = Int(value) },
                "--rate" => options with { Rate = value is "0" or "max" ? null : Double(value) },
                "--ceiling" => options with { CeilingRate = Double(value) },
                "--warmup" => options with { Warmup = Seconds(value) },
                "--seconds" => options with { Duration = Seconds(value) },
                "--drain" => options with { Drain = Seconds(value) },
                "--baseline-seconds" => options with { BaselineDuration = Seconds(value) },
                "--postgres" => options with { Postgres = value },
                "--target" => options with { Target = new Uri(value, UriKind.Absolute) },
                "--label" => options with { Label = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        if (options.Jobs < 1 || options.Clients < 1 || options.Subscribers < options.Jobs || options.Workers < 1)
        {
            throw new ArgumentException("need jobs >= 1, clients >= 1, workers >= 1 and subscribers >= jobs (every job's client watches it)");
        }

        return options with { Clients = Math.Min(options.Clients, options.Jobs) };
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(Double(value));
}
