using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Testing.Postgres;

namespace Marketplace.Silo.Tests;

/// <summary>The silo program running as a real process, as an operator starts it.</summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private static readonly string s_program = Path.Combine(AppContext.BaseDirectory, "Marketplace.Silo.dll");
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process) => _process = process;

    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException("The silo is not listening yet.");

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

    /// <summary>Starts the silo with <paramref name="args"/> on a free loopback port and waits until it listens.</summary>
    public static async Task<SiloProcess> StartAsync(params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[s_program, "--urls=http://127.0.0.1:0", .. args])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var silo = new SiloProcess(new Process { StartInfo = startInfo, EnableRaisingEvents = true });
        silo._process.OutputDataReceived += (_, e) => silo.OnLine(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.OnLine(e.Data);
        silo._process.Exited += (_, _) => silo._listening.TrySetException(
            new InvalidOperationException($"The silo exited before it listened. Output:\n{silo.Output}"));
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();

        await silo._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return silo;
    }

    /// <summary>Runs the silo program to completion (for commands and startup failures).</summary>
    public static Task<CommandResult> RunToEndAsync(params string[] args) =>
        ExternalCommand.RunAsync("dotnet", [s_program, .. args], TimeSpan.FromSeconds(60));

    /// <summary>Sends SIGTERM, as a service manager does, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        var kill = await ExternalCommand.RunAsync("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        Assert.Equal(0, kill.ExitCode);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.WaitForExit();
        return _process.ExitCode;
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
