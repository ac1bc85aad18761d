using System.Globalization;

namespace Actors.Bench;

/// <summary>The benchmark's command-line settings.</summary>
internal sealed record BenchOptions(int Concurrency, TimeSpan Duration, TimeSpan Warmup, string? ConnectionString)
{
    public static BenchOptions Parse(string[] args)
    {
        var concurrency = 64;
        var seconds = 10.0;
        string? connection = null;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--callers" or "--writers":
                    concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--connection":
                    connection = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchOptions(concurrency, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(Math.Min(3, seconds / 3)), connection);
    }
}
