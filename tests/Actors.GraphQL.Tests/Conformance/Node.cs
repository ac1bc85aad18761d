using System.Diagnostics;

namespace Actors.GraphQL.Tests.Testing;

/// <summary>Runs a node script from tests/clients and returns its standard output; a non-zero exit fails the test with its output.</summary>
internal static class Node
{
    public static async Task<string> RunAsync(string workingDirectory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: install Node.js 20 or newer.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}: {await error}{await output}");
        return await output;
    }
}
