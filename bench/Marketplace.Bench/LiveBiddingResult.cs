namespace Marketplace.Bench;

/// <summary>One run's figures, printed as one JSON line.</summary>
public sealed record LiveBiddingResult
{
    public required string Storage { get; init; }
    public required string Mode { get; init; }
    public double? TargetRate { get; init; }
    public required int Subscribers { get; init; }
    public required int Jobs { get; init; }
    public required int Freelancers { get; init; }
    public required int Workers { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Bids due in the measured period by the schedule (open loop only).</summary>
    public long? BidsDue { get; init; }
    public required double BidsPerSecond { get; init; }
    public required long BidsAccepted { get; init; }
    public required long BidsFailed { get; init; }
    public required double NextsPerSecond { get; init; }
    public required long DeliveriesExpected { get; init; }
    public required long DeliveriesReceived { get; init; }
    public required long DeliveriesMissing { get; init; }
    /// <summary>Deliveries whose proposal id or bid count disagrees with the job's client's view of that sequence, or repeats.</summary>
    public required long DeliveriesInconsistent { get; init; }
    public required long SubscriptionErrors { get; init; }
    public required LatencySummary Mutation { get; init; }
    public required LatencySummary MutationToNext { get; init; }
    public required double BaselinePerSecond { get; init; }
    public required LatencySummary Baseline { get; init; }
    public required bool PopulationExhausted { get; init; }
    public required string LoadAverageBefore { get; init; }
    public required string LoadAverageAfter { get; init; }
    /// <summary>Time the process (silo and load generator) spent paused for GC during warm-up and measured period.</summary>
    public required double GcPauseMs { get; init; }
    /// <summary>Collections during warm-up and measured period, "gen0/gen1/gen2".</summary>
    public required string GcCollections { get; init; }
    public string? Label { get; init; }
    public string? LastFailure { get; init; }
}

/// <summary>
/// Matches every <c>next</c> to the bid that caused it, exactly: the job's client watcher sees each event's sequence
/// with the proposal's id, which the mutation returned; every other watcher of that job sees the same sequence (the
/// job's stream position) with the bid count. A measured, accepted bid on a job with N watchers expects N deliveries.
/// </summary>
public sealed class DeliveryMatcher(IReadOnlyList<JobWatcher> watchers, int jobs)
{
    public (LatencyHistogram Latency, long Expected, long Received, long Inconsistent) Match(IEnumerable<Bid> bids)
    {
        // (job, sequence) → (proposal id, bid count), from each job's client watcher.
        var events = new Dictionary<(int Job, long Sequence), (string ProposalId, int Count)>();
        var snapshots = watchers.Select(watcher => (watcher, deliveries: watcher.Deliveries())).ToArray();
        foreach (var (watcher, deliveries) in snapshots.Where(s => s.watcher.IsClient))
        {
            foreach (var delivery in deliveries.Where(d => d.ProposalId is not null))
            {
                events[(watcher.Job, delivery.Sequence)] = (delivery.ProposalId!, delivery.BidCount);
            }
        }

        var measured = bids.Where(bid => bid is { Measured: true, ProposalId: not null }).ToDictionary(bid => bid.ProposalId!);
        var watchersPerJob = new int[jobs];
        foreach (var watcher in watchers)
        {
            watchersPerJob[watcher.Job]++;
        }

        var latency = new LatencyHistogram();
        long received = 0, inconsistent = 0;
        foreach (var (watcher, deliveries) in snapshots)
        {
            var seen = new HashSet<long>();
            foreach (var delivery in deliveries)
            {
                if (!seen.Add(delivery.Sequence)
                    || !events.TryGetValue((watcher.Job, delivery.Sequence), out var known)
                    || (delivery.ProposalId is not null && delivery.ProposalId != known.ProposalId)
                    || delivery.BidCount != known.Count)
                {
                    inconsistent++;
                    continue;
                }

                if (measured.TryGetValue(known.ProposalId, out var bid))
                {
                    if (bid.Job != watcher.Job)
                    {
                        inconsistent++;
                        continue;
                    }

                    received++;
                    latency.Record(delivery.ReceivedAt - bid.SentAt);
                }
            }
        }

        var expected = measured.Values.Sum(bid => (long)watchersPerJob[bid.Job]);
        return (latency, expected, received, inconsistent);
    }
}
