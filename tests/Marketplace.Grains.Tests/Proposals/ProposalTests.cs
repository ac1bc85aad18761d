using Marketplace.Connects;
using Marketplace.Jobs;
using Marketplace.Proposals;
using Testing;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Proposals;

public sealed class ProposalTests
{
    [Fact]
    public async Task Live_bidding_is_recorded_on_the_job_stream_in_order_with_the_bids_after_each_change()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed(400_00));
        var a = await job.SubmitProposalAsync("freelancer-a", Bid(300_00));
        var b = await job.SubmitProposalAsync("freelancer-b", Bid(100_00));
        await job.ReviseProposalAsync("freelancer-a", a.ProposalId, new ProposalRevision(AmountCents: 250_00));
        await job.ShortlistAsync("client-1", b.ProposalId);
        await job.WithdrawProposalAsync("freelancer-a", a.ProposalId);
        await job.EditAsync("client-1", Fixed(450_00));
        await job.CloseAsync("client-1");

        var events = await EventsAsync(cluster, id, 7);

        Assert.IsType<JobPosted>(events[0]);
        var submittedA = Assert.IsType<ProposalSubmitted>(events[1]);
        Assert.Equal(("freelancer-a", "client-1"), (submittedA.Proposal.FreelancerId, submittedA.ClientId));
        Assert.Equal(new BidStats(1, 300_00, 300_00, 300_00), submittedA.Bids);
        Assert.Equal(new BidStats(2, 100_00, 200_00, 300_00), Assert.IsType<ProposalSubmitted>(events[2]).Bids);
        var revised = Assert.IsType<ProposalRevised>(events[3]);
        Assert.Equal((250_00L, new BidStats(2, 100_00, 175_00, 250_00)), (revised.Proposal.AmountCents!.Value, revised.Bids));
        var shortlisted = Assert.IsType<ProposalStatusChanged>(events[4]);
        Assert.Equal((ProposalStatus.Submitted, ProposalStatus.Shortlisted, "freelancer-b"), (shortlisted.From, shortlisted.Proposal.Status, shortlisted.Proposal.FreelancerId));
        Assert.Equal(new BidStats(1, 100_00, 100_00, 100_00), Assert.IsType<ProposalWithdrawn>(events[5]).Bids);
        Assert.Equal(450_00, Assert.IsType<JobEdited>(events[6]).Job.Post.BudgetCents);
        var closed = Assert.IsType<JobClosed>((await EventsAsync(cluster, id, 8))[7]);
        Assert.Equal(["freelancer-a", "freelancer-b"], closed.RefundedFreelancerIds);
    }

    [Fact]
    public async Task Bid_stats_count_standing_bids_only_and_round_the_average_to_the_cent()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Hourly());
        Assert.Equal(BidStats.None, (await job.GetAsync()).Bids);
        var ids = new List<string>();
        foreach (var (freelancer, rate) in new[] { ("f1", 1_000L), ("f2", 1_001L), ("f3", 1_001L), ("f4", 300L), ("f5", 9_000L), ("f6", 5_000L) })
        {
            ids.Add((await job.SubmitProposalAsync(freelancer, HourlyBid(rate))).ProposalId);
        }

        await job.DeclineAsync("client-1", ids[3]);
        await job.ArchiveAsync("client-1", ids[4]);
        await job.WithdrawProposalAsync("f6", ids[5]);
        await job.ShortlistAsync("client-1", ids[0]);

        // Standing: 1,000 (shortlisted), 1,001, 1,001 → mean 1,000.67 → 1,001.
        Assert.Equal(new BidStats(3, 1_000, 1_001, 1_001), (await job.GetAsync()).Bids);
        await job.WithdrawProposalAsync("f3", ids[2]);
        Assert.Equal(new BidStats(2, 1_000, 1_001, 1_001), (await job.GetAsync()).Bids); // 1,000.5 rounds away from zero
    }

    [Fact]
    public async Task A_proposal_must_match_the_job_and_answer_each_question()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed(questions: ["Portfolio?", "Start date?"]));
        var ok = Bid(500, answers: ["bakery.example", "Monday"]);

        foreach (var (field, draft) in new[]
        {
            ("amountCents", ok with { AmountCents = 499 }),
            ("amountCents", ok with { AmountCents = null }),
            ("hourlyRateCents", ok with { HourlyRateCents = 5_000 }),
            ("coverLetter", ok with { CoverLetter = " " }),
            ("coverLetter", ok with { CoverLetter = new string('c', 5_001) }),
            ("answers", ok with { Answers = ["only one"] }),
            ("answers", ok with { Answers = ["one", ""] }),
            ("estimatedDuration", ok with { EstimatedDuration = (ProjectDuration)9 }),
            ("proposalId", ok with { ProposalId = "" }),
        })
        {
            Assert.Equal(field, (await Refused(ErrorCodes.InvalidInput, () => job.SubmitProposalAsync("freelancer-1", draft))).Field);
        }

        Assert.Null(await job.GetOwnProposalAsync("freelancer-1"));
        Assert.Equal(500, (await job.SubmitProposalAsync("freelancer-1", ok)).AmountCents);

        var hourly = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await hourly.PostAsync("client-1", Hourly());
        Assert.Equal("hourlyRateCents", (await Refused(ErrorCodes.InvalidInput, () => hourly.SubmitProposalAsync("freelancer-1", HourlyBid(299)))).Field);
        Assert.Equal("amountCents", (await Refused(ErrorCodes.InvalidInput, () => hourly.SubmitProposalAsync("freelancer-1", Bid(500)))).Field);
        Assert.Equal(300, (await hourly.SubmitProposalAsync("freelancer-1", HourlyBid(300))).HourlyRateCents);
    }

    [Fact]
    public async Task One_standing_proposal_per_freelancer_not_on_own_job_and_invite_only_for_the_invited()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        var first = Bid(90_00);
        var submitted = await job.SubmitProposalAsync("freelancer-1", first);

        Assert.Equal(submitted.SubmittedAt, (await job.SubmitProposalAsync("freelancer-1", first)).SubmittedAt); // a retry
        await Refused(ErrorCodes.AlreadyExists, () => job.SubmitProposalAsync("freelancer-1", Bid(80_00)));
        await Refused(ErrorCodes.AlreadyExists, () => job.SubmitProposalAsync("freelancer-2", first));
        await Refused(ErrorCodes.Forbidden, () => job.SubmitProposalAsync("client-1", Bid(80_00)));
        await job.WithdrawProposalAsync("freelancer-1", submitted.ProposalId);
        var second = await job.SubmitProposalAsync("freelancer-1", Bid(80_00));
        Assert.Equal(second.ProposalId, (await job.GetOwnProposalAsync("freelancer-1"))!.ProposalId);

        var inviteOnly = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await inviteOnly.PostAsync("client-1", Fixed(visibility: JobVisibility.InviteOnly));
        await Refused(ErrorCodes.Forbidden, () => inviteOnly.SubmitProposalAsync("freelancer-1", Bid(90_00)));
        await inviteOnly.InviteAsync("client-1", "freelancer-1");
        Assert.True(await inviteOnly.IsInvitedAsync("freelancer-1"));
        Assert.True((await inviteOnly.SubmitProposalAsync("freelancer-1", Bid(90_00))).Invited);
        await Refused(ErrorCodes.NotFound, () => cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job")).SubmitProposalAsync("freelancer-1", Bid(90_00)));
    }

    [Fact]
    public async Task The_text_is_editable_for_6_hours_after_submission()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed(questions: ["Portfolio?"]));
        var proposal = await job.SubmitProposalAsync("freelancer-1", Bid(90_00, answers: ["bakery.example"]));

        clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(59));
        var revised = await job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision("A better letter.", ["cafe.example"]));
        Assert.Equal(("A better letter.", "cafe.example"), (revised.CoverLetter, revised.Answers[0]));
        clock.Advance(TimeSpan.FromMinutes(1));

        await Refused(ErrorCodes.WindowClosed, () => job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision("Too late.")));
        await Refused(ErrorCodes.WindowClosed, () => job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision(Answers: ["x"], AmountCents: 1_000)));
        var terms = await job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision(AmountCents: 85_00));
        Assert.Equal(("A better letter.", 85_00L), (terms.CoverLetter, terms.AmountCents!.Value));
    }

    [Fact]
    public async Task The_text_closes_once_the_client_viewed_the_proposal_the_terms_stay_open_until_decided()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        var proposal = await job.SubmitProposalAsync("freelancer-1", Bid(90_00));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null((await job.GetProposalAsync("client-1", proposal.ProposalId)).ViewedAt); // reading one is not viewing the list

        var seen = Assert.Single(await job.ViewProposalsAsync("client-1"));

        Assert.Equal(clock.GetUtcNow(), seen.ViewedAt);
        Assert.Equal(seen.ViewedAt, seen.TextEditableUntil);
        await Refused(ErrorCodes.WindowClosed, () => job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision("New letter.")));
        await job.ShortlistAsync("client-1", proposal.ProposalId);
        Assert.Equal(80_00, (await job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision(AmountCents: 80_00))).AmountCents);
        await job.ArchiveAsync("client-1", proposal.ProposalId);
        await Refused(ErrorCodes.InvalidState, () => job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision(AmountCents: 70_00)));
        await Refused(ErrorCodes.InvalidInput, () => job.ReviseProposalAsync("freelancer-1", proposal.ProposalId, new ProposalRevision()));
        Assert.Equal(80_00, (await job.GetOwnProposalAsync("freelancer-1"))!.AmountCents);
    }

    [Fact]
    public async Task Decided_proposals_follow_the_table()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        var declined = await job.SubmitProposalAsync("freelancer-1", Bid(90_00));
        var archived = await job.SubmitProposalAsync("freelancer-2", Bid(90_00));
        await job.DeclineAsync("client-1", declined.ProposalId);
        await job.ArchiveAsync("client-1", archived.ProposalId);

        await Refused(ErrorCodes.InvalidState, () => job.ShortlistAsync("client-1", declined.ProposalId));
        await Refused(ErrorCodes.InvalidState, () => job.WithdrawProposalAsync("freelancer-1", declined.ProposalId));
        await Refused(ErrorCodes.InvalidState, () => job.ShortlistAsync("client-1", archived.ProposalId));
        Assert.Equal(ProposalStatus.Withdrawn, (await job.WithdrawProposalAsync("freelancer-2", archived.ProposalId)).Status);
        await Refused(ErrorCodes.NotFound, () => job.DeclineAsync("client-1", "no-such-proposal"));
    }

    [Fact]
    public async Task Only_the_proposals_freelancer_and_the_jobs_client_act_on_or_see_a_proposal()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        var proposal = await job.SubmitProposalAsync("freelancer-1", Bid(90_00));
        var id = proposal.ProposalId;

        await Refused(ErrorCodes.Forbidden, () => job.ReviseProposalAsync("freelancer-2", id, new ProposalRevision(AmountCents: 1_000)));
        await Refused(ErrorCodes.Forbidden, () => job.WithdrawProposalAsync("freelancer-2", id));
        await Refused(ErrorCodes.Forbidden, () => job.WithdrawProposalAsync("client-1", id));
        await Refused(ErrorCodes.Forbidden, () => job.ShortlistAsync("client-2", id));
        await Refused(ErrorCodes.Forbidden, () => job.ArchiveAsync("freelancer-1", id));
        await Refused(ErrorCodes.Forbidden, () => job.DeclineAsync("client-2", id));
        await Refused(ErrorCodes.Forbidden, () => job.ViewProposalsAsync("freelancer-1"));
        await Refused(ErrorCodes.Forbidden, () => job.GetProposalAsync("freelancer-2", id));
        await Refused(ErrorCodes.Forbidden, () => job.GetProposalAsync("client-2", id));

        Assert.Equal(id, (await job.GetProposalAsync("freelancer-1", id)).ProposalId);
        Assert.Equal(id, (await job.GetProposalAsync("client-1", id)).ProposalId);
        Assert.Null(await job.GetOwnProposalAsync("freelancer-2"));
        var unchanged = await job.GetProposalAsync("client-1", id);
        Assert.Equal((ProposalStatus.Submitted, 90_00L, (DateTimeOffset?)null), (unchanged.Status, unchanged.AmountCents!.Value, unchanged.ViewedAt));
    }

    [Fact]
    public async Task A_JobHired_marks_its_proposal_hired_once_and_the_job_as_hired()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed());
        var proposal = await job.SubmitProposalAsync("freelancer-1", Bid(90_00));
        var hired = new JobHired(id, proposal.ProposalId, "contract-1", "client-1", "freelancer-1", clock.GetUtcNow());

        await RecordHireAsync(cluster, hired);
        await RecordHireAsync(cluster, hired);

        var view = await job.GetProposalAsync("client-1", proposal.ProposalId);
        Assert.Equal((ProposalStatus.Hired, "contract-1"), (view.Status, view.ContractId));
        Assert.Equal((JobStatus.Open, true), ((await job.GetAsync()).Status, (await job.GetAsync()).HasHire));
        var events = await EventsAsync(cluster, id, 5);
        Assert.Equal([typeof(JobPosted), typeof(ProposalSubmitted), typeof(JobHired), typeof(ProposalStatusChanged), typeof(JobHired)], events.Select(e => e.GetType()));
        var changed = Assert.IsType<ProposalStatusChanged>(events[3]);
        Assert.Equal((ProposalStatus.Submitted, ProposalStatus.Hired), (changed.From, changed.Proposal.Status));
        Assert.Equal(IConnectsGrain.StartingBalance - 4, await cluster.GrainFactory.GetGrain<IConnectsGrain>("freelancer-1").BalanceAsync());
    }
}
