using Marketplace.Silo.Configuration;

namespace Marketplace.Silo;

/// <summary>What the silo process was asked to do.</summary>
public enum SiloCommand
{
    /// <summary>Serve until stopped (the default).</summary>
    Run,

    /// <summary>Apply the PostgreSQL migrations, then exit.</summary>
    Migrate,
}

/// <summary>
/// The silo's command line: an optional command word first, then configuration in the forms the .NET
/// configuration system reads (<c>--Key=value</c>, <c>--Key value</c>, <c>Key=value</c>).
/// </summary>
public sealed record SiloCommandLine(SiloCommand Command, string[] ConfigurationArgs)
{
    public static SiloCommandLine Parse(string[] args)
    {
        // --seed-demo is short for --Demo:Seed=true (load the demo dataset at startup).
        args = [.. args.Select(arg => arg == "--seed-demo" ? "--Demo:Seed=true" : arg)];
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
        {
            return new SiloCommandLine(SiloCommand.Run, args);
        }

        var command = args[0] switch
        {
            "run" => SiloCommand.Run,
            "migrate" => SiloCommand.Migrate,
            _ => throw new ConfigurationError("command",
                $"unknown command '{args[0]}'; commands: run (the default), migrate."),
        };
        return new SiloCommandLine(command, args[1..]);
    }
}
