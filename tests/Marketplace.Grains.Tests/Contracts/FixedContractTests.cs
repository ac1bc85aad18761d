using Actors.Runtime.Streams;
using Marketplace.Contracts;
using Marketplace.Grains.Tests.Ledger;
using Marketplace.Jobs;
using Marketplace.Ledger;
using Testing;

namespace Marketplace.Grains.Tests.Contracts;

public sealed class FixedContractTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task The_fixed_price_lifecycle_pays_to_the_cent_and_the_job_learns_of_the_hire()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.DepositAsync(100_000);

        var offer = await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(30_000, 20_000));
        Assert.Equal((OfferStatus.Pending, (ContractStatus?)null), (offer.OfferStatus, offer.Status));
        var accepted = await s.Contract.AcceptOfferAsync(s.FreelancerId);
        Assert.Equal((OfferStatus.Accepted, ContractStatus.Active), (accepted.OfferStatus, accepted.Status));
        var hired = Assert.IsType<JobHired>(Assert.Single(await s.EventsAsync(new StreamId(JobStreams.Job, s.JobId), 1)));
        Assert.Equal((s.JobId, s.ContractId, s.ClientId, s.FreelancerId), (hired.JobId, hired.ContractId, hired.ClientId, hired.FreelancerId));

        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-1");
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2");
        Assert.Equal((50_000L, 50_000L, 0L, 0L), await s.BalancesAsync());
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Page one");
        _clock.Advance(TimeSpan.FromDays(1));
        var submitted = await s.Contract.SubmitWorkAsync(s.FreelancerId, 2, "Page two");
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromDays(14), submitted.Milestones[1].AutoReleaseAt);

        var approved = await s.Contract.ApproveMilestoneAsync(s.ClientId, 1);
        Assert.Equal(MilestoneStatus.Released, approved.Milestones[0].Status);
        Assert.Equal((50_000L, 20_000L, 27_000L, 3_000L), await s.BalancesAsync());

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.Equal(MilestoneStatus.Submitted, (await s.Contract.GetAsync(s.ClientId)).Milestones[1].Status);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var released = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.FreelancerId), v => v.Milestones[1].Status == MilestoneStatus.Released);

        Assert.Equal((50_000L, 0L, 45_000L, 5_000L), await s.BalancesAsync());
        Assert.Equal(0, await s.Ledger.TotalAsync());
        Assert.Equal((0L, 50_000L, 45_000L, 5_000L), (released.EscrowCents, released.PaidCents, released.FreelancerEarnedCents, released.FeesCents));
        var events = await s.EventsAsync(new StreamId(ContractStreams.Contract, s.ContractId), 8);
        Assert.Equal([typeof(OfferMade), typeof(OfferAccepted), typeof(MilestoneFunded), typeof(MilestoneFunded), typeof(WorkSubmitted),
            typeof(WorkSubmitted), typeof(MilestoneReleased), typeof(MilestoneReleased)], events.Select(e => e.GetType()));
        Assert.All(events.Cast<IContractEvent>(), e => Assert.Equal((s.ClientId, s.FreelancerId), (e.ClientId, e.FreelancerId)));
        var auto = (MilestoneReleased)events[^1];
        Assert.Equal((2, 18_000L, 2_000L, Party.System), (auto.Milestone, auto.FreelancerCents, auto.FeeCents, auto.By));
    }

    [Fact]
    public async Task An_unanswered_offer_expires_after_30_days()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(10_000));

        _clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(OfferStatus.Pending, (await s.Contract.GetAsync(s.FreelancerId)).OfferStatus);
        _clock.Advance(TimeSpan.FromMinutes(2));

        await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.FreelancerId), v => v.OfferStatus == OfferStatus.Expired);
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.AcceptOfferAsync(s.FreelancerId)));
        Assert.IsType<OfferExpired>((await s.EventsAsync(new StreamId(ContractStreams.Contract, s.ContractId), 2))[1]);
    }

    [Fact]
    public async Task Declined_and_withdrawn_offers_end_there()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var declined = new ContractScenario(cluster);
        await declined.Contract.CreateOfferAsync(declined.ClientId, declined.Fixed(10_000));
        var withdrawn = new ContractScenario(cluster);
        await withdrawn.Contract.CreateOfferAsync(withdrawn.ClientId, withdrawn.Fixed(10_000));

        Assert.Equal(OfferStatus.Declined, (await declined.Contract.DeclineOfferAsync(declined.FreelancerId, "Booked")).OfferStatus);
        Assert.Equal(OfferStatus.Withdrawn, (await withdrawn.Contract.WithdrawOfferAsync(withdrawn.ClientId)).OfferStatus);

        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => declined.Contract.AcceptOfferAsync(declined.FreelancerId)));
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => withdrawn.Contract.AcceptOfferAsync(withdrawn.FreelancerId)));
        _clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(OfferStatus.Declined, (await declined.Contract.GetAsync(declined.ClientId)).OfferStatus);
    }

    [Fact]
    public async Task Only_the_right_party_may_act_and_anyone_else_is_forbidden()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        const string stranger = "someone-else";
        await s.DepositAsync(100_000);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(10_000, 10_000, 10_000));
        Func<Task>[] offerPhase =
        [
            () => s.Contract.AcceptOfferAsync(s.ClientId),
            () => s.Contract.AcceptOfferAsync(stranger),
            () => s.Contract.DeclineOfferAsync(s.ClientId, ""),
            () => s.Contract.WithdrawOfferAsync(s.FreelancerId),
            () => s.Contract.GetAsync(stranger),
        ];
        foreach (var command in offerPhase)
        {
            Assert.Equal(ErrorCodes.Forbidden, await ContractScenario.RefusedAsync(command));
        }

        await s.Contract.AcceptOfferAsync(s.FreelancerId);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-1");
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2");
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 2, "Done");
        var before = await s.Contract.GetAsync(s.ClientId);
        Func<Task>[] contractPhase =
        [
            () => s.Contract.FundMilestoneAsync(s.FreelancerId, 3, "k"),
            () => s.Contract.FundMilestoneAsync(stranger, 3, "k"),
            () => s.Contract.SubmitWorkAsync(s.ClientId, 1, "x"),
            () => s.Contract.ApproveMilestoneAsync(s.FreelancerId, 2),
            () => s.Contract.RequestChangesAsync(s.FreelancerId, 2, "x"),
            () => s.Contract.ApproveMilestoneAsync(stranger, 2),
            () => s.Contract.PauseAsync(s.FreelancerId),
            () => s.Contract.EndAsync(stranger),
            () => s.Contract.GetAsync(stranger),
        ];
        foreach (var command in contractPhase)
        {
            Assert.Equal(ErrorCodes.Forbidden, await ContractScenario.RefusedAsync(command));
        }

        Assert.Equal(before, await s.Contract.GetAsync(s.FreelancerId), ViewComparer.Instance);
        Assert.Equal((80_000L, 20_000L, 0L, 0L), await s.BalancesAsync());
        Assert.Equal(ErrorCodes.NotFound, await ContractScenario.RefusedAsync(() =>
            cluster.GrainFactory.GetGrain<IContractGrain>("no-such-contract").GetAsync(s.ClientId)));
    }

    [Fact]
    public async Task Actions_in_the_wrong_state_are_refused_and_change_nothing()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.DepositAsync(100_000);
        await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(10_000, 10_000));
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 1, "early")));
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.PauseAsync(s.ClientId)));
        await s.Contract.AcceptOfferAsync(s.FreelancerId);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-1");
        var before = await s.Contract.GetAsync(s.ClientId);

        Func<Task>[] wrong =
        [
            () => s.Contract.AcceptOfferAsync(s.FreelancerId),
            () => s.Contract.ApproveMilestoneAsync(s.ClientId, 1),
            () => s.Contract.RequestChangesAsync(s.ClientId, 1, "More"),
            () => s.Contract.SubmitWorkAsync(s.FreelancerId, 2, "Not funded"),
            () => s.Contract.FundMilestoneAsync(s.ClientId, 1, "another-key"),
            () => s.Contract.ResumeAsync(s.ClientId),
            () => s.Contract.LogTimeAsync(s.FreelancerId, "2026-03-02", 60, "Fixed-price"),
            () => s.Contract.ApproveInvoiceAsync(s.ClientId, "2026-W10"),
        ];
        foreach (var command in wrong)
        {
            Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(command));
        }

        Assert.Equal(ErrorCodes.InvalidInput, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 3, "k")));
        await s.Contract.PauseAsync(s.ClientId);
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 2, "paused")));
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "paused")));
        await s.Contract.ResumeAsync(s.ClientId);
        Assert.Equal(before, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        Assert.Equal((90_000L, 10_000L, 0L, 0L), await s.BalancesAsync());

        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Done");
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.EndAsync(s.ClientId)));
    }

    [Fact]
    public async Task Funding_again_with_the_same_key_pays_once()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(100_000, 30_000, 20_000);

        var first = await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-key");
        var again = await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-key");

        Assert.Equal(first, again, ViewComparer.Instance);
        Assert.Equal((70_000L, 30_000L, 0L, 0L), await s.BalancesAsync());
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 1, "other-key")));
        Assert.Equal(30_000, await s.Ledger.BalanceAsync(s.Escrow));
    }

    [Fact]
    public async Task A_retry_after_the_ledger_moved_but_the_contracts_write_failed_pays_once()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(100_000, 30_000);
        // What a funding and a release leave behind when the ledger's transfer succeeded and the contract's write did not:
        // the transfers under the contract's derived keys, the contract unchanged.
        await s.Ledger.TransferAsync(new TransferRequest($"contract/{s.ContractId}/milestone/1/fund", [new(s.Wallet, s.Escrow, 30_000)], "Fund"));

        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "a-new-key-after-the-failure");
        Assert.Equal((70_000L, 30_000L, 0L, 0L), await s.BalancesAsync());

        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Done");
        await s.Ledger.TransferAsync(new TransferRequest($"contract/{s.ContractId}/milestone/1/release",
            [new(s.Escrow, s.Earnings, 27_000), new(s.Escrow, LedgerAccount.PlatformFees, 3_000)], "Release"));
        var approved = await s.Contract.ApproveMilestoneAsync(s.ClientId, 1);

        Assert.Equal(MilestoneStatus.Released, approved.Milestones[0].Status);
        Assert.Equal((70_000L, 0L, 27_000L, 3_000L), await s.BalancesAsync());
    }

    [Fact]
    public async Task Funding_without_enough_in_the_wallet_is_refused_and_changes_nothing()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        var before = await s.StartFixedAsync(29_999, 30_000);

        Assert.Equal(ErrorCodes.InsufficientFunds, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund")));

        Assert.Equal(before, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        Assert.Equal((29_999L, 0L, 0L, 0L), await s.BalancesAsync());
        await s.DepositAsync(1);
        Assert.Equal(MilestoneStatus.Funded, (await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund")).Milestones[0].Status);
    }

    [Fact]
    public async Task Requested_changes_stop_the_automatic_release()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(10_000, 10_000);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund");
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "v1");

        var sentBack = await s.Contract.RequestChangesAsync(s.ClientId, 1, "Bigger logo");
        _clock.Advance(TimeSpan.FromDays(15));

        Assert.Equal((MilestoneStatus.Funded, "Bigger logo"), (sentBack.Milestones[0].Status, sentBack.Milestones[0].ChangesNote));
        Assert.Equal(MilestoneStatus.Funded, (await s.Contract.GetAsync(s.ClientId)).Milestones[0].Status);
        Assert.Equal(10_000, await s.Ledger.BalanceAsync(s.Escrow));
    }

    [Fact]
    public async Task Ending_refunds_funded_milestones_to_the_client_and_cancels_the_rest()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(100_000, 30_000, 20_000, 10_000);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "f1");
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "f2");
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Done");
        await s.Contract.ApproveMilestoneAsync(s.ClientId, 1);

        var ended = await s.Contract.EndAsync(s.ClientId);

        Assert.Equal(ContractStatus.Ended, ended.Status);
        Assert.Equal([MilestoneStatus.Released, MilestoneStatus.Refunded, MilestoneStatus.Cancelled], ended.Milestones.Select(m => m.Status));
        Assert.Equal((20_000L, 0L), (ended.RefundedCents, ended.EscrowCents));
        Assert.Equal((70_000L, 0L, 27_000L, 3_000L), await s.BalancesAsync());
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.EndAsync(s.FreelancerId)));
        Assert.Equal(ErrorCodes.InvalidState, await ContractScenario.RefusedAsync(() => s.Contract.FundMilestoneAsync(s.ClientId, 3, "f3")));
    }
}
