using Marketplace.Connects;
using Marketplace.Jobs;
using Testing;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Connects;

public sealed class ConnectsTests
{
    [Fact]
    public async Task A_balance_starts_at_80_and_a_spend_is_charged_once_per_job()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var connects = cluster.GrainFactory.GetGrain<IConnectsGrain>(NewId("freelancer"));
        Assert.Equal(80, await connects.BalanceAsync());
        Assert.Empty(await connects.HistoryAsync());

        var first = await connects.SpendAsync("job-1", 8);
        clock.Advance(TimeSpan.FromMinutes(1));
        var again = await connects.SpendAsync("job-1", 16);

        Assert.Equal(first, again);
        Assert.Equal(new ConnectsReceipt("job-1", 8, 72, first.At), first);
        Assert.Equal(72, await connects.BalanceAsync());
        Assert.Equal([ConnectsReason.Spent, ConnectsReason.Granted], (await connects.HistoryAsync()).Select(e => e.Reason));
        Assert.Equal("connects", (await Refused(ErrorCodes.InvalidInput, () => connects.SpendAsync("job-2", 0))).Field);
    }

    [Fact]
    public async Task Too_few_Connects_refuse_the_spend_and_the_proposal_and_change_nothing()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var freelancer = NewId("freelancer");
        var connects = cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer);
        for (var i = 0; i < 4; i++)
        {
            await connects.SpendAsync($"earlier-{i}", 16); // 80 - 64 = 16 left
        }

        var big = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await big.PostAsync("client-1", Fixed(10_000_00)); // costs 16
        await big.SubmitProposalAsync(freelancer, Bid(9_000_00));
        var another = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await another.PostAsync("client-1", Fixed(10_000_00));

        await Refused(ErrorCodes.InsufficientConnects, () => another.SubmitProposalAsync(freelancer, Bid(9_000_00)));
        await Refused(ErrorCodes.InsufficientConnects, () => connects.SpendAsync("other", 1));

        Assert.Equal(0, await connects.BalanceAsync());
        Assert.Null(await another.GetOwnProposalAsync(freelancer));
        Assert.Equal(0, (await another.GetAsync()).Bids.Count);
        Assert.Equal(6, (await connects.HistoryAsync()).Count);
    }

    [Fact]
    public async Task An_invited_freelancer_bids_for_free()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var freelancer = NewId("freelancer");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(NewId("job"));
        await job.PostAsync("client-1", Fixed());
        await job.InviteAsync("client-1", freelancer);

        var proposal = await job.SubmitProposalAsync(freelancer, Bid(90_00));

        Assert.Equal((true, 0), (proposal.Invited, proposal.ConnectsSpent));
        Assert.Equal(80, await cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer).BalanceAsync());
        await job.CloseAsync("client-1");
        Assert.Empty(await cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer).HistoryAsync());
    }

    [Fact]
    public async Task Closing_without_a_hire_refunds_every_proposal_once()
    {
        await using var cluster = await StartAsync(new ManualTimeProvider());
        var (a, b) = (NewId("freelancer"), NewId("freelancer"));
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed(1_000_00)); // costs 8
        await job.SubmitProposalAsync(a, Bid(900_00));
        var withdrawn = await job.SubmitProposalAsync(b, Bid(800_00));
        await job.WithdrawProposalAsync(b, withdrawn.ProposalId);
        Assert.Equal(72, await cluster.GrainFactory.GetGrain<IConnectsGrain>(b).BalanceAsync());

        await job.CloseAsync("client-1");

        foreach (var freelancer in new[] { a, b })
        {
            var connects = cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer);
            Assert.Equal(80, await connects.BalanceAsync());
            Assert.Null(await connects.RefundAsync(id)); // a second refund gives nothing
            Assert.Equal(80, await connects.BalanceAsync());
            Assert.Equal([ConnectsReason.Refunded, ConnectsReason.Spent, ConnectsReason.Granted], (await connects.HistoryAsync()).Select(e => e.Reason));
        }

        Assert.Null(await cluster.GrainFactory.GetGrain<IConnectsGrain>(a).RefundAsync("never-spent-here"));
    }

    [Fact]
    public async Task After_a_hire_closing_refunds_nothing()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartAsync(clock);
        var (hiredOne, other) = (NewId("freelancer"), NewId("freelancer"));
        var id = NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(id);
        await job.PostAsync("client-1", Fixed());
        var proposal = await job.SubmitProposalAsync(hiredOne, Bid(90_00));
        await job.SubmitProposalAsync(other, Bid(95_00));
        await RecordHireAsync(cluster, new JobHired(id, proposal.ProposalId, "contract-1", "client-1", hiredOne, clock.GetUtcNow()));

        var closed = await job.CloseAsync("client-1");

        Assert.True(closed.HasHire);
        Assert.Equal(76, await cluster.GrainFactory.GetGrain<IConnectsGrain>(hiredOne).BalanceAsync());
        Assert.Equal(76, await cluster.GrainFactory.GetGrain<IConnectsGrain>(other).BalanceAsync());
        Assert.Empty(Assert.IsType<JobClosed>((await EventsAsync(cluster, id, 6))[5]).RefundedFreelancerIds);
    }
}
