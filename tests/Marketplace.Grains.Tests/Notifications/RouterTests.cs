using Marketplace.Contracts;
using Marketplace.Grains.Notifications;
using Marketplace.Grains.Tests.Jobs;
using Marketplace.Jobs;
using Marketplace.Notifications;
using Testing;

namespace Marketplace.Grains.Tests.Notifications;

/// <summary>The job and contract routers: who is told what, once, and that a live bid reaches the client's inbox.</summary>
public sealed class RouterTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_submitted_proposal_reaches_the_clients_inbox_once_and_nobody_elses()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await JobsKit.StartAsync(clock);
        var jobId = JobsKit.NewId("job");
        var job = cluster.GrainFactory.GetGrain<IJobGrain>(jobId);
        await job.PostAsync("client-1", JobsKit.Fixed());
        await job.SubmitProposalAsync("freelancer-1", JobsKit.Bid(90_00));

        var inbox = cluster.GrainFactory.GetGrain<IInboxGrain>("client-1");
        var page = await JobsKit.WaitUntil(() => inbox.ListAsync(10, null, unreadOnly: false), p => p.Notifications.Count > 0);
        var freelancerInbox = await cluster.GrainFactory.GetGrain<IInboxGrain>("freelancer-1").ListAsync(10, null, unreadOnly: false);

        var notification = Assert.Single(page.Notifications);
        Assert.Equal(NotificationKind.NewProposal, notification.Kind);
        Assert.Equal("A freelancer proposed $90.00; 1 proposal(s) so far.", notification.Body);
        Assert.Empty(freelancerInbox.Notifications);
    }

    [Fact]
    public void Each_contract_event_tells_the_party_that_did_not_act_with_a_key_that_names_the_event()
    {
        var released = new MilestoneReleased("c1", "client-1", "freelancer-1", 2, 200_00, 180_00, 20_00, Party.System, At);
        var offered = new OfferMade("c1", "client-1", "freelancer-1", "job-1", "Dashboard", ContractKind.Fixed, At.AddDays(30), At);
        var endedByFreelancer = new ContractEnded("c1", "client-1", "freelancer-1", Party.Freelancer, 0, At);

        var payment = Assert.Single(ContractNotificationRouterGrain.Notifications(released));
        var offer = Assert.Single(ContractNotificationRouterGrain.Notifications(offered));
        var ended = Assert.Single(ContractNotificationRouterGrain.Notifications(endedByFreelancer));

        Assert.Equal(("freelancer-1", "milestone-released:2:c1", NotificationKind.Payment), (payment.UserId, payment.Draft.DedupeKey, payment.Draft.Kind));
        Assert.Equal("Milestone 2 paid: $180.00 after the $20.00 fee.", payment.Draft.Body);
        Assert.Equal("freelancer-1", offer.UserId);
        Assert.Equal("client-1", ended.UserId);
        Assert.Empty(ContractNotificationRouterGrain.Notifications("not a contract event"));
    }

    [Fact]
    public void Connects_refunds_tell_each_refunded_freelancer_and_decisions_tell_the_proposals_freelancer()
    {
        var view = new JobView("job-1", "client-1", JobsKit.Fixed(), JobStatus.Closed, 4, At, null, At, At.AddDays(30), false, BidStats.None);
        var closed = new JobClosed("job-1", "client-1", view, ["freelancer-1", "freelancer-2"], At);

        var refunds = JobNotificationRouterGrain.Notifications(closed).ToList();

        Assert.Equal(["freelancer-1", "freelancer-2"], refunds.Select(r => r.UserId));
        Assert.All(refunds, r => Assert.Equal(NotificationKind.System, r.Draft.Kind));
        Assert.Equal(2, refunds.Select(r => r.Draft.DedupeKey).Distinct().Count());
    }
}
