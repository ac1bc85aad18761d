using System.Collections.Concurrent;
using Actors.GraphQL.DataLoader;

namespace Actors.GraphQL.Tests.Binding;

internal enum JobState
{
    Open,
    InReview,
    Closed,
}

internal sealed record JobView(string Id, string Title, decimal Budget, JobState Status, IReadOnlyList<string> Tags, string ClientId, DateTimeOffset PostedAt);

internal sealed record ClientView(string Id, string Name);

internal sealed record ProposalView(Guid Id, decimal Amount, string JobId);

internal sealed record PostJobPayload(JobView? Job, IReadOnlyList<UserError> Errors);

internal sealed record UserError(string Code, string Message, string? Field = null);

internal sealed record ProbeView(int Count, int? MaybeCount, IReadOnlyList<int> Ids, JobState Status, JobView Job, IReadOnlyList<JobView> Jobs, string Label);

/// <summary>PostJobInput as a positional record (constructor parameters).</summary>
internal sealed record PostJobCommand(
    string Title, decimal Budget, JobState Status, IReadOnlyList<string>? Tags, DateTimeOffset? Deadline, List<Milestone>? Milestones);

internal sealed record Milestone(string Title, decimal Amount);

/// <summary>JobFilter as a class with settable properties and an initializer.</summary>
internal sealed class JobSearch
{
    public decimal? MinBudget { get; init; }

    public JobState[]? Statuses { get; init; }

    public DateTimeOffset? PostedAfter { get; init; }

    public Guid? ClientId { get; init; }

    public long Limit { get; set; } = 50;

    public IReadOnlyList<JobSearch>? And { get; init; }
}

/// <summary>The service the resolvers read from; it also records what they were given.</summary>
internal sealed class JobStore
{
    public static readonly DateTimeOffset Posted = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly Guid ProposalId = Guid.Parse("0b6f4a39-3a6e-4f2a-9d7e-5f0c1b2a3c4d");

    public List<JobView> Jobs { get; } =
    [
        new("job-1", "Logo design", 250m, JobState.Open, ["design"], "client-1", Posted),
        new("job-2", "API backend", 4000m, JobState.InReview, ["dotnet", "graphql"], "client-2", Posted.AddDays(1)),
        new("job-3", "Copywriting", 120.5m, JobState.Closed, [], "client-1", Posted.AddDays(2)),
    ];

    public List<ProposalView> Proposals { get; } = [new(ProposalId, 240m, "job-1")];

    public Dictionary<string, ClientView> Clients { get; } = new()
    {
        ["client-1"] = new("client-1", "Acme"),
        ["client-2"] = new("client-2", "Globex"),
    };

    /// <summary>The last value a resolver handed to the store, for the tests to look at.</summary>
    public object? LastInput { get; set; }

    public JobView? Find(string id) => Jobs.Find(j => j.Id == id);
}

/// <summary>A 1:1 loader of clients that records its batches.</summary>
internal sealed class ClientByIdDataLoader(JobStore store) : BatchDataLoader<string, ClientView>
{
    private readonly ConcurrentQueue<string[]> _batches = new();

    public IReadOnlyList<string[]> Batches => [.. _batches];

    protected override Task<IReadOnlyDictionary<string, ClientView>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        _batches.Enqueue([.. keys]);
        IReadOnlyDictionary<string, ClientView> found = keys.Where(store.Clients.ContainsKey).ToDictionary(k => k, k => store.Clients[k]);
        return Task.FromResult(found);
    }
}
