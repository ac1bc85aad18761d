namespace Marketplace.Bench;

/// <summary>
/// The WebSocket side of the load: <c>S</c> <see cref="JobWatcher"/>s spread evenly over the jobs — on each job its
/// client (who sees every proposal) and freelancers watching it (who see the bid statistics) — and the count of
/// <c>next</c> messages they received.
/// </summary>
public sealed class SubscriberFleet : IAsyncDisposable
{
    private const int OpenConcurrency = 64;
    private readonly JobWatcher[] _watchers;
    private long _nexts;

    private SubscriberFleet(int count) => _watchers = new JobWatcher[count];

    public IReadOnlyList<JobWatcher> Watchers => _watchers;

    /// <summary>Every <c>next</c> received so far, by all watchers.</summary>
    public long Nexts => Interlocked.Read(ref _nexts);

    /// <summary>Watchers per job index.</summary>
    public int[] WatchersPerJob(int jobs)
    {
        var counts = new int[jobs];
        foreach (var watcher in _watchers)
        {
            counts[watcher.Job]++;
        }

        return counts;
    }

    public static async Task<SubscriberFleet> OpenAsync(Uri graphQL, Population population, int subscribers)
    {
        var fleet = new SubscriberFleet(subscribers);
        var jobs = population.Jobs.Count;
        var freelancers = population.Freelancers;
        await Parallel.ForAsync(0, subscribers, new ParallelOptions { MaxDegreeOfParallelism = OpenConcurrency }, async (i, _) =>
        {
            // Watcher i watches job i mod J; the first watcher of each job is its client.
            var job = i % jobs;
            var slot = i / jobs;
            var viewer = slot == 0 ? population.Jobs[job].Client : freelancers[(job + (slot * 7919)) % freelancers.Count];
            fleet._watchers[i] = await JobWatcher.OpenAsync(graphQL, viewer, population.Jobs[job].Id, job, slot == 0, fleet.CountNext);
        });
        return fleet;
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_watchers.Where(watcher => watcher is not null), new ParallelOptions { MaxDegreeOfParallelism = OpenConcurrency },
            async (watcher, _) => await watcher.DisposeAsync());
    }

    private void CountNext() => Interlocked.Increment(ref _nexts);
}
