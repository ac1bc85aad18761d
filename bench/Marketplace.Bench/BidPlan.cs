namespace Marketplace.Bench;

/// <summary>
/// Which freelancer bids on which job for the k-th bid, so that every freelancer proposes at most once per job and
/// never spends more Connects than the 80 it starts with. Bid k goes to freelancer <c>k mod F</c> in round
/// <c>k div F</c>, on job <c>(freelancer + round) mod J</c>: consecutive bids hit different freelancers and different
/// jobs, and every job gets the same share.
/// </summary>
public sealed class BidPlan
{
    /// <summary>What a new freelancer holds, and what a proposal on a job under $50 costs (<see cref="Jobs.JobRules"/>).</summary>
    public const int StartingConnects = Connects.IConnectsGrain.StartingBalance;
    public const int ConnectsPerCheapJob = 2;

    public BidPlan(int jobs, long bidsNeeded)
    {
        Jobs = jobs;
        Rounds = Math.Min(StartingConnects / ConnectsPerCheapJob, jobs);
        Freelancers = (int)Math.Max(1, (bidsNeeded + Rounds - 1) / Rounds);
    }

    public int Jobs { get; }

    /// <summary>Bids each freelancer can make: one per job, as far as their Connects go.</summary>
    public int Rounds { get; }

    public int Freelancers { get; }

    /// <summary>All the bids the population can make.</summary>
    public long Capacity => (long)Freelancers * Rounds;

    /// <summary>The freelancer and job of bid <paramref name="k"/>, or false once the population has no bid left.</summary>
    public bool TryGet(long k, out int freelancer, out int job)
    {
        var round = k / Freelancers;
        freelancer = (int)(k % Freelancers);
        job = (int)((freelancer + round) % Jobs);
        return round < Rounds;
    }
}
