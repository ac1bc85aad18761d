using Actors.Runtime.Streams;
using Marketplace.Connects;
using Marketplace.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Testing;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Jobs;

public sealed class JobPostingTests
{
    public static TheoryData<string, JobDraft> BadDrafts()
    {
        var ok = Fixed();
        var hourly = Hourly();
        return new()
        {
            { "title", ok with { Title = "Logo" } },
            { "title", ok with { Title = new string('t', 121) } },
            { "title", ok with { Title = "   Logo     " } },
            { "description", ok with { Description = "Too short to say." } },
            { "description", ok with { Description = new string('d', 10_001) } },
            { "budgetCents", ok with { BudgetCents = 499 } },
            { "budgetCents", ok with { BudgetCents = null } },
            { "hourlyMinCents", ok with { HourlyMinCents = 1_000 } },
            { "hourlyMinCents", hourly with { HourlyMinCents = 299 } },
            { "hourlyMaxCents", hourly with { HourlyMaxCents = 299, HourlyMinCents = 300 } },
            { "hourlyMaxCents", hourly with { HourlyMinCents = 5_000, HourlyMaxCents = 4_000 } },
            { "budgetCents", hourly with { BudgetCents = 10_000 } },
            { "skills", ok with { Skills = [] } },
            { "skills", ok with { Skills = [.. Enumerable.Range(1, 16).Select(i => $"skill {i}")] } },
            { "skills", ok with { Skills = ["CSS", new string('s', 51)] } },
            { "skills", ok with { Skills = ["CSS", " "] } },
            { "skills", ok with { Skills = ["CSS", "css"] } },
            { "type", ok with { Type = (JobType)7 } },
            { "experienceLevel", ok with { ExperienceLevel = (ExperienceLevel)7 } },
            { "duration", ok with { Duration = (ProjectDuration)7 } },
            { "visibility", ok with { Visibility = (JobVisibility)7 } },
            { "screeningQuestions", ok with { ScreeningQuestions = ["1?", "2?", "3?", "4?", "5?", "6?"] } },
            { "screeningQuestions", ok with { ScreeningQuestions = [new string('q', 501)] } },
            { "screeningQuestions", ok with { ScreeningQuestions = [""] } },
        };
    }

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task A_draft_breaking_a_rule_is_refused_naming_the_field_and_posts_nothing(string field, JobDraft draft)
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));

        var refusal = await Refused(ErrorCodes.InvalidInput, () => job.PostAsync("client-1", draft));

        Assert.Equal(field, refusal.Field);
        await Refused(ErrorCodes.NotFound, job.GetAsync);
    }

    [Fact]
    public async Task The_minimums_themselves_are_accepted()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var limits = Fixed(budgetCents: 500, title: "Logos", description: new string('d', 20)) with
        {
            Skills = [.. Enumerable.Range(1, 15).Select(i => $"skill {i}")],
            ScreeningQuestions = ["1?", "2?", "3?", "4?", new string('q', 500)],
        };

        var fixedJob = await cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job")).PostAsync("client-1", limits);
        var hourlyJob = await cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job")).PostAsync("client-1", Hourly(300, 300));

        Assert.Equal(500, fixedJob.Post.BudgetCents);
        Assert.Equal(2, fixedJob.ConnectsCost);
        Assert.Equal(JobStatus.Open, hourlyJob.Status);
    }

    [Theory]
    [InlineData(4_999, 2)]
    [InlineData(5_000, 4)]
    [InlineData(49_999, 4)]
    [InlineData(50_000, 8)]
    [InlineData(499_999, 8)]
    [InlineData(500_000, 16)]
    public void Connects_cost_follows_the_size_of_the_job(long cents, int connects)
    {
        Assert.Equal(connects, JobRules.ConnectsCost(Fixed(cents)));
        Assert.Equal(connects, JobRules.ConnectsCost(Hourly(300, cents)));
    }

    [Fact]
    public async Task Posting_again_is_safe_for_the_same_client_and_draft_only()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        var posted = await job.PostAsync("client-1", Fixed());

        clock.Advance(TimeSpan.FromMinutes(1));
        var again = await job.PostAsync("client-1", Fixed() with { Skills = ["HTML", "CSS"] });

        Assert.Equal(posted.PostedAt, again.PostedAt);
        await Refused(ErrorCodes.AlreadyExists, () => job.PostAsync("client-2", Fixed()));
        await Refused(ErrorCodes.AlreadyExists, () => job.PostAsync("client-1", Fixed(200_00)));
        Assert.Single(await EventsAsync(cluster, id, 1));
        var current = await job.GetAsync();
        Assert.Equal(100_00, current.Post.BudgetCents);
        Assert.Equal(posted.PostedAt, current.PostedAt);
    }

    [Fact]
    public async Task Only_the_client_edits_invites_and_closes_and_only_while_open()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());

        await Refused(ErrorCodes.Forbidden, () => job.EditAsync("client-2", Fixed(900_00)));
        await Refused(ErrorCodes.Forbidden, () => job.CloseAsync("freelancer-1"));
        await Refused(ErrorCodes.Forbidden, () => job.InviteAsync("client-2", "freelancer-1"));
        var edited = await job.EditAsync("client-1", Fixed(5_000_00));
        Assert.Equal(16, edited.ConnectsCost);
        Assert.NotNull(edited.EditedAt);

        var closed = await job.CloseAsync("client-1");

        Assert.Equal(JobStatus.Closed, closed.Status);
        await Refused(ErrorCodes.InvalidState, () => job.EditAsync("client-1", Fixed()));
        await Refused(ErrorCodes.InvalidState, () => job.CloseAsync("client-1"));
        await Refused(ErrorCodes.InvalidState, () => job.InviteAsync("client-1", "freelancer-1"));
        Assert.Equal(JobStatus.Closed, (await job.GetAsync()).Status);
    }

    [Fact]
    public async Task Type_and_questions_are_fixed_once_the_job_has_proposals()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        await job.SubmitProposalAsync("freelancer-1", Bid(90_00));

        Assert.Equal("type", (await Refused(ErrorCodes.InvalidInput, () => job.EditAsync("client-1", Hourly()))).Field);
        Assert.Equal("screeningQuestions",
            (await Refused(ErrorCodes.InvalidInput, () => job.EditAsync("client-1", Fixed(questions: ["Why you?"])))).Field);
        Assert.Null((await job.GetAsync()).EditedAt);
    }

    [Fact]
    public async Task An_open_job_expires_30_days_after_posting_by_its_reminder_refunding_Connects()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        var posted = await job.PostAsync("client-1", Fixed());
        var freelancer = NewId("freelancer");
        await job.SubmitProposalAsync(freelancer, Bid(90_00));
        Assert.Equal(IConnectsGrain.StartingBalance - 4, await cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer).BalanceAsync());

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(JobStatus.Open, (await job.GetAsync()).Status);
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        var expired = await WaitUntil(job.GetAsync, view => view.Status == JobStatus.Expired);
        Assert.Equal(posted.PostedAt + JobRules.OpenFor, posted.ExpiresAt);
        Assert.True(expired.EndedAt >= posted.ExpiresAt);
        Assert.Equal(IConnectsGrain.StartingBalance, await cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer).BalanceAsync());
        var last = Assert.IsType<JobExpired>((await EventsAsync(cluster, id, 3))[2]);
        Assert.Equal([freelancer], last.RefundedFreelancerIds);
        await Refused(ErrorCodes.InvalidState, () => job.SubmitProposalAsync("freelancer-2", Bid(90_00)));
    }

    [Fact]
    public async Task A_closed_job_does_not_expire_later()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed());
        await job.CloseAsync("client-1");

        clock.Advance(TimeSpan.FromDays(31));
        await job.PostAsync("client-1", Fixed()); // a call after the due time: the reminder would have had its turn

        Assert.Equal(JobStatus.Closed, (await job.GetAsync()).Status);
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        Assert.Equal(2, await streams.ReadLastSequenceAsync(new(JobStreams.Job, id), CancellationToken.None));
    }
}
