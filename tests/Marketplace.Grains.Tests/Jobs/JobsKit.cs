using System.Text.Json;
using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Marketplace.Jobs;
using Marketplace.Proposals;
using Microsoft.Extensions.DependencyInjection;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Jobs;

/// <summary>Shared setup of the jobs, proposals and Connects tests: clusters whose clock may jump days, drafts, hires, waiting.</summary>
public static class JobsKit
{
    /// <summary>
    /// The runtime's sweeps run every second or minute of the test clock; jumping 30 days would fire each of them
    /// millions of times and time out requests in flight. These settings keep a day's jump cheap and safe.
    /// </summary>
    public static void LongClock(TestClusterOptions options) => options.ConfigureRuntime = runtime =>
    {
        runtime.RequestTimeout = TimeSpan.FromDays(365);
        runtime.RequestTimeoutCheckPeriod = TimeSpan.FromDays(1);
        runtime.CollectionQuantum = TimeSpan.FromHours(1);
        runtime.ReminderRefreshPeriod = TimeSpan.FromHours(1);
    };

    public static Task<TestCluster> StartAsync(ManualTimeProvider clock) => MarketplaceCluster.StartAsync(clock, LongClock);

    public static Task<TestCluster> StartOnPostgresAsync(PostgresDatabase database, ManualTimeProvider clock) =>
        MarketplaceCluster.StartOnPostgresAsync(database, clock, LongClock);

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static JobDraft Fixed(long budgetCents = 100_00, string title = "Build a landing page", string description = "A responsive landing page for a bakery, with a contact form.",
        IReadOnlyList<string>? skills = null, IReadOnlyList<string>? questions = null, JobVisibility visibility = JobVisibility.Public) =>
        new(title, description, JobType.Fixed, budgetCents, null, null, skills ?? ["HTML", "CSS"], ExperienceLevel.Intermediate,
            ProjectDuration.LessThanOneMonth, visibility, questions ?? []);

    public static JobDraft Hourly(long minCents = 20_00, long maxCents = 40_00, string title = "Ongoing React work", IReadOnlyList<string>? skills = null) =>
        new(title, "Maintain and extend a React dashboard for a logistics firm.", JobType.Hourly, null, minCents, maxCents, skills ?? ["React"],
            ExperienceLevel.Expert, ProjectDuration.ThreeToSixMonths, JobVisibility.Public, []);

    public static ProposalDraft Bid(long amountCents, string? proposalId = null, IReadOnlyList<string>? answers = null) =>
        new(proposalId ?? NewId("proposal"), amountCents, null, "I have built twenty landing pages like this one.", answers ?? [], ProjectDuration.LessThanOneMonth);

    public static ProposalDraft HourlyBid(long rateCents, string? proposalId = null) =>
        new(proposalId ?? NewId("proposal"), null, rateCents, "Five years of React.", [], ProjectDuration.ThreeToSixMonths);

    /// <summary>
    /// Records <paramref name="hired"/> on the job's stream as the contract would (a state write with the event), then
    /// makes the stream deliver it now: the test has no contract grain, so it wakes the delivery with a temporary explicit
    /// subscription of the job grain (the job takes the same JobHired once, however often it is delivered).
    /// </summary>
    public static async Task RecordHireAsync(TestCluster cluster, JobHired hired)
    {
        var stream = new StreamId(JobStreams.Job, hired.JobId);
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        var before = await streams.ReadLastSequenceAsync(stream, CancellationToken.None);
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorage);
        var contract = new GrainStateKey("contract", hired.ContractId, "contract");
        var stored = await storage.ReadAsync(contract, CancellationToken.None);
        await storage.WriteAsync(contract, "{}"u8.ToArray(), stored?.ETag,
            [],
            [new EventToAppend(stream, EventTypes.NameOf(typeof(JobHired)), JsonSerializer.SerializeToUtf8Bytes(hired, StateJson.Options))],
            CancellationToken.None);
        var hiredAt = await streams.ReadLastSequenceAsync(stream, CancellationToken.None);
        var job = new GrainId("job", hired.JobId);
        await streams.SubscribeAsync(stream, job, before, CancellationToken.None);
        var events = cluster.Services.GetRequiredService<IEventStore>();
        await WaitUntil(() => events.ReadCheckpointAsync(job.ToString(), stream, CancellationToken.None), handled => handled >= hiredAt);
        await streams.UnsubscribeAsync(stream, job, CancellationToken.None);
    }

    /// <summary>The events of the job's stream, in order, once there are <paramref name="count"/>.</summary>
    public static async Task<List<object>> EventsAsync(TestCluster cluster, string jobId, int count)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        var events = await streams.ReadAsync(new StreamId(JobStreams.Job, jobId), 0, stop.Token).Take(count).ToListAsync(stop.Token);
        return [.. events.Select(e => e.Event)];
    }

    public static Task<T> WaitUntil<T>(Func<Task<T>> read, Func<T, bool> done) => Poll.Until(read, done);

    public static async Task<DomainException> Refused(string code, Func<Task> command)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(command);
        Assert.Equal(code, refusal.Code);
        return refusal;
    }
}
