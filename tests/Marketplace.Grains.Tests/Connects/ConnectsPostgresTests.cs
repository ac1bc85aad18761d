using Marketplace.Connects;
using Testing;
using Testing.Postgres;
using static Marketplace.Grains.Tests.Jobs.JobsKit;

namespace Marketplace.Grains.Tests.Connects;

/// <summary>On PostgreSQL: a freelancer's spends (one entry per job) and history (one entry per movement) survive a restart.</summary>
public sealed class ConnectsPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Spends_refunds_and_history_survive_a_restart()
    {
        var clock = new ManualTimeProvider();
        await using var cluster = await StartOnPostgresAsync(database, clock);
        var freelancer = NewId("freelancer");
        var connects = cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer);
        var first = await connects.SpendAsync("job-1", 8);
        await connects.SpendAsync("job-2", 4);
        var refund = await connects.RefundAsync("job-1");
        var history = await connects.HistoryAsync();

        await cluster.RestartAsync();
        connects = cluster.GrainFactory.GetGrain<IConnectsGrain>(freelancer);

        Assert.Equal(history, await connects.HistoryAsync());
        Assert.Equal((76, 76), (await connects.BalanceAsync(), refund!.BalanceAfter));
        Assert.Null(await connects.RefundAsync("job-1"));
        Assert.Equal(first, await connects.SpendAsync("job-1", 8));
        Assert.Equal(80, (await connects.RefundAsync("job-2"))!.BalanceAfter);
        Assert.Equal([ConnectsReason.Refunded, ConnectsReason.Refunded, ConnectsReason.Spent, ConnectsReason.Spent, ConnectsReason.Granted],
            (await connects.HistoryAsync()).Select(e => e.Reason));
    }
}
