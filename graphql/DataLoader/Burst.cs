namespace Actors.GraphQL.DataLoader;

/// <summary>
/// Waits for the end of a burst of key requests: yields to the scheduler until one whole hop passes in which no
/// key was requested. On a single-threaded context the first hop already runs after the synchronous work that
/// requested the keys; on the thread pool the extra hops keep a burst that is still running on another thread
/// together. Bounded, so keys that never stop arriving are still dispatched.
/// </summary>
internal static class Burst
{
    /// <summary>The most hops to wait; past it the keys are dispatched even though more keep arriving.</summary>
    public const int MaxHops = 64;

    /// <param name="requestedKeys">A count that grows with every key requested.</param>
    public static async Task WaitForEndAsync(Func<long> requestedKeys)
    {
        var seen = requestedKeys();
        for (var hop = 0; hop < MaxHops; hop++)
        {
            await Task.Yield();
            var now = requestedKeys();
            if (now == seen)
            {
                return;
            }

            seen = now;
        }
    }
}
