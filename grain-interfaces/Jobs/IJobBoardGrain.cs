using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// The job board (key <see cref="Key"/>): a summary of every job, kept up to date from the job streams by the
/// job indexer, so it converges on the jobs' own state (eventually, not within the job's write).
/// Paging: <c>first</c> is 1..100 and <c>after</c> an <see cref="JobPage.EndCursor"/> from the same query
/// (<see cref="ErrorCodes.InvalidInput"/> on <c>first</c> / <c>after</c> otherwise).
/// </summary>
public interface IJobBoardGrain : IGrainWithStringKey
{
    const string Key = "all";

    /// <summary>Open public jobs matching <paramref name="filter"/>, newest first.</summary>
    [ReadOnly]
    Task<JobPage> SearchAsync(JobFilter filter, int first, string? after);

    /// <summary>Every job of the client, whatever its status or visibility, newest first.</summary>
    [ReadOnly]
    Task<JobPage> ClientJobsAsync(string clientId, int first, string? after);

    /// <summary>
    /// Stores what event <paramref name="sequence"/> of the job's stream says about it; an event at or before the
    /// sequence already applied for that job changes nothing, so redeliveries are harmless.
    /// </summary>
    Task ApplyAsync(string jobId, long sequence, IJobActivity activity);
}
