using Actors.Runtime;
using Actors.Runtime.Persistence;
using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>
/// The job board (see <see cref="IJobBoardGrain"/>): summaries fed by <see cref="JobIndexerGrain"/>, each job's stored as
/// an entry of its own, so an applied event writes one job's entry. Searches scan the summaries in memory, which suits
/// a board of thousands of jobs, not millions (a search index would take over there).
/// </summary>
public sealed class JobBoardGrain([PersistentState("board")] IPersistentState<JobBoardState> state) : Grain, IJobBoardGrain
{
    private const int SnippetLength = 200;
    private const int MaxPageSize = 100;

    public Task<JobPage> SearchAsync(JobFilter filter, int first, string? after)
    {
        filter ??= new JobFilter();
        var text = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim();
        var skills = filter.Skills?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var matches = Jobs.Where(entry =>
        {
            var job = entry.Summary;
            var size = job.Type == JobType.Fixed ? job.BudgetCents : job.HourlyMaxCents;
            return job.Status == JobStatus.Open
                && job.Visibility == JobVisibility.Public
                && (text is null || job.Title.Contains(text, StringComparison.OrdinalIgnoreCase) || entry.Description.Contains(text, StringComparison.OrdinalIgnoreCase))
                && (skills.Count == 0 || job.Skills.Any(skills.Contains))
                && (filter.Type is null || job.Type == filter.Type)
                && (filter.MinBudgetCents is null || size >= filter.MinBudgetCents)
                && (filter.MaxBudgetCents is null || size <= filter.MaxBudgetCents);
        });
        return Task.FromResult(Page(matches, first, after));
    }

    public Task<JobPage> ClientJobsAsync(string clientId, int first, string? after) =>
        Task.FromResult(Page(Jobs.Where(entry => entry.Summary.ClientId == clientId), first, after));

    public async Task ApplyAsync(string jobId, long sequence, IJobActivity activity)
    {
        var known = Jobs.TryGet(jobId, out var entry);
        if (known && sequence <= entry!.Sequence)
        {
            return;
        }

        switch (activity)
        {
            case IJobPostActivity post:
                var job = post.Job;
                Jobs.Set(jobId, new JobBoardEntry { Summary = Summarize(job), Description = job.Post.Description, Sequence = sequence });
                break;
            case IProposalActivity when known:
                entry!.Summary = entry.Summary with { ProposalCount = activity.Bids.Count };
                entry.Sequence = sequence;
                Jobs.Set(jobId, entry);
                break;
            default:
                return; // a proposal event cannot precede its job's JobPosted on the stream
        }

        await state.WriteStateAsync();
    }

    /// <summary>One entry per job, keyed by job id.</summary>
    private IStateEntries<JobBoardEntry> Jobs => state.Entries<JobBoardEntry>("jobs");

    private static JobSummary Summarize(JobView job)
    {
        var post = job.Post;
        var snippet = post.Description.Length <= SnippetLength ? post.Description : post.Description[..SnippetLength];
        return new JobSummary(job.Id, job.ClientId, post.Title, snippet, [.. post.Skills], post.Type, post.BudgetCents, post.HourlyMinCents,
            post.HourlyMaxCents, job.Status, post.Visibility, job.PostedAt, job.Bids.Count);
    }

    /// <summary>Newest first (posted at, then job id, descending); the cursor is the last item's position, opaque to callers.</summary>
    private static JobPage Page(IEnumerable<JobBoardEntry> entries, int first, string? after)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw DomainException.InvalidInput("first", $"first must be 1 to {MaxPageSize}.");
        }

        var ordered = entries.Select(e => e.Summary).OrderByDescending(s => s.PostedAt).ThenByDescending(s => s.JobId, StringComparer.Ordinal);
        IEnumerable<JobSummary> rest = ordered;
        if (after is not null)
        {
            var (postedAt, jobId) = JobCursor.Read(after);
            rest = ordered.Where(s => s.PostedAt < postedAt || (s.PostedAt == postedAt && string.CompareOrdinal(s.JobId, jobId) < 0));
        }

        var page = rest.Take(first + 1).ToList();
        var hasNext = page.Count > first;
        var items = page.Take(first).ToList();
        return new JobPage(items, items.Count == 0 ? null : JobCursor.Of(items[^1]), hasNext);
    }
}
