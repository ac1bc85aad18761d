using Marketplace.Connects;
using Marketplace.Jobs;
using Marketplace.Proposals;
using Testing;
using Testing.Postgres;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Jobs;

/// <summary>What only durable storage shows: a job, its proposals, Connects, the board and the expiry reminder survive a restart.</summary>
public sealed class JobPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_job_with_proposals_survives_a_restart_the_board_converges_and_the_job_still_expires()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartOnPostgresAsync(database, clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed(1_000_00, questions: ["Portfolio?"]));
        var a = await job.SubmitProposalAsync("freelancer-a", Bid(900_00, answers: ["a.example"]));
        await job.SubmitProposalAsync("freelancer-b", Bid(700_00, answers: ["b.example"]));
        await job.ShortlistAsync("client-1", a.ProposalId);
        clock.Advance(TimeSpan.FromMinutes(5));
        await job.ViewProposalsAsync("client-1");

        await cluster.RestartAsync();

        job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        var view = await job.GetAsync();
        Assert.Equal((JobStatus.Open, 8, new BidStats(2, 700_00, 800_00, 900_00)), (view.Status, view.ConnectsCost, view.Bids));
        Assert.Equal(["Portfolio?"], view.Post.ScreeningQuestions);
        var proposal = await job.GetProposalAsync("freelancer-a", a.ProposalId);
        Assert.Equal((ProposalStatus.Shortlisted, "a.example"), (proposal.Status, proposal.Answers[0]));
        Assert.NotNull(proposal.ViewedAt);
        await Refused(ErrorCodes.WindowClosed, () => job.ReviseProposalAsync("freelancer-a", a.ProposalId, new ProposalRevision("New letter.")));
        Assert.Equal(72, await cluster.GrainFactory.GetGrain<IConnectsGrain>("freelancer-b").BalanceAsync());
        var board = cluster.GrainFactory.GetGrain<IJobBoardGrain>(IJobBoardGrain.Key);
        var listed = await WaitUntil(() => board.ClientJobsAsync("client-1", 10, null), page => page.Items.Any(j => j.JobId == id && j.ProposalCount == 2));
        Assert.Equal("Build a landing page", listed.Items.Single(j => j.JobId == id).Title);

        clock.Advance(JobRules.OpenFor + TimeSpan.FromHours(1));

        await WaitUntil(job.GetAsync, v => v.Status == JobStatus.Expired);
        Assert.Equal(80, await cluster.GrainFactory.GetGrain<IConnectsGrain>("freelancer-b").BalanceAsync());
        await WaitUntil(() => board.ClientJobsAsync("client-1", 10, null), page => page.Items.Single(j => j.JobId == id).Status == JobStatus.Expired);
        Assert.DoesNotContain(id, (await board.SearchAsync(new JobFilter(), 100, null)).Items.Select(j => j.JobId));
    }
}
