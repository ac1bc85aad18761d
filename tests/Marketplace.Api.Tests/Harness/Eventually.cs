using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>
/// Reading the server until it shows what a test waits for. After the test moves the clock, reminders fire and events
/// reach their subscribers on the runtime's own turns, not on the test's, so their effects appear a moment later.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>The first value <paramref name="read"/> answers that satisfies <paramref name="until"/>; the last one read after 20 s without (for the test's assertions to show).</summary>
    public static async Task<JsonElement> ReadAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> until)
    {
        var giveUpAt = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (until(value) || DateTime.UtcNow >= giveUpAt)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
