using Marketplace.Contracts;
using Marketplace.Grains.Tests.Ledger;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Contracts;

public sealed class ContractPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task The_contract_and_its_escrow_survive_a_restart_and_a_due_auto_release_fires_after_it()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await MoneyCluster.StartOnPostgresAsync(database, clock);
        var s = new ContractScenario(cluster);
        await s.StartFixedAsync(100_000, 30_000, 20_000);
        await s.Contract.FundMilestoneAsync(s.ClientId, 1, "fund-1");
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2");
        await s.Contract.SubmitWorkAsync(s.FreelancerId, 1, "Done");
        var before = await s.Contract.GetAsync(s.ClientId);

        await cluster.RestartAsync();

        Assert.Equal(before, await s.Contract.GetAsync(s.ClientId), ViewComparer.Instance);
        Assert.Equal((50_000L, 50_000L, 0L, 0L), await s.BalancesAsync());
        await s.Contract.FundMilestoneAsync(s.ClientId, 2, "fund-2"); // the retry after the restart moves nothing
        Assert.Equal(50_000, await s.Ledger.BalanceAsync(s.Escrow));

        clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var released = await MoneyCluster.WaitUntil(() => s.Contract.GetAsync(s.FreelancerId), v => v.Milestones[0].Status == MilestoneStatus.Released);

        Assert.Equal(MilestoneStatus.Funded, released.Milestones[1].Status);
        Assert.Equal((50_000L, 20_000L, 27_000L, 3_000L), await s.BalancesAsync());
        Assert.Equal(0, await s.Ledger.TotalAsync());
        await cluster.RestartAsync();
        Assert.Equal(released, await s.Contract.GetAsync(s.FreelancerId), ViewComparer.Instance);
    }
}
