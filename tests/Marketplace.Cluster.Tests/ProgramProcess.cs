using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marketplace.Cluster.Tests;

/// <summary>
/// One of the marketplace's programs (a silo, the GraphQL gateway) running as a real process from this test's output
/// folder, as an operator starts it: its output kept, its HTTP address read from its "Now listening on" line.
/// </summary>
public sealed partial class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProgramProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>What the test calls it ("silo 2", "gateway").</summary>
    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException($"{Name} is not listening yet.");

    public Uri GraphQL => new(BaseAddress, "/graphql");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="assembly"/> (e.g. Marketplace.Silo.dll) with <paramref name="args"/> on a free loopback HTTP port; waits until it listens.</summary>
    public static async Task<ProgramProcess> StartAsync(string name, string assembly, params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, assembly), "--urls=http://127.0.0.1:0", .. args])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var program = new ProgramProcess(name, new Process { StartInfo = startInfo, EnableRaisingEvents = true });
        program._process.OutputDataReceived += (_, e) => program.OnLine(e.Data);
        program._process.ErrorDataReceived += (_, e) => program.OnLine(e.Data);
        program._process.Exited += (_, _) => program._listening.TrySetException(
            new InvalidOperationException($"{name} exited before it listened. Output:\n{program.Output}"));
        program._process.Start();
        program._process.BeginOutputReadLine();
        program._process.BeginErrorReadLine();
        await program._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return program;
    }

    /// <summary>kill -9: the process ends at once, writing nothing, closing nothing gracefully.</summary>
    public async Task KillAsync()
    {
        using (var kill = Process.Start("kill", ["-KILL", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
