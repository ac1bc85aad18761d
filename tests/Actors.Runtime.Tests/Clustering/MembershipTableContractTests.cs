using Actors.Runtime.Clustering;

namespace Actors.Runtime.Tests.Clustering;

/// <summary>
/// What every <see cref="IMembershipTable"/> promises, run against each provider: a new cluster at version 0,
/// inserts and updates that apply only at the expected version and move it by one, heartbeats that do not,
/// suspicions kept in order, clusters that do not see each other, and the cleanup of dead rows.
/// </summary>
public abstract class MembershipTableContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2025, 9, 15, 8, 0, 0, TimeSpan.Zero);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The table of <paramref name="clusterId"/> as one more silo of that cluster would get it: every call is
    /// another silo's view of the same rows (its own instance where the provider has one per silo).
    /// </summary>
    protected abstract IMembershipTable TableOf(string clusterId);

    protected static string NewClusterId() => $"cluster-{Guid.NewGuid():N}";

    protected static SiloAddress NewSilo(string host = "10.0.0.1", int port = 11111) =>
        new(host, port, Random.Shared.NextInt64(1, long.MaxValue));

    protected static MembershipEntry Row(SiloAddress silo, SiloStatus status = SiloStatus.Joining) => new()
    {
        Silo = silo,
        Status = status,
        GatewayPort = 30000,
        SiloName = $"silo-{silo.Port}",
        HostName = "worker-7",
        StartedAt = Now.AddMilliseconds(-1_250),
        IAmAliveAt = Now.AddMilliseconds(17),
    };

    /// <summary>Equal rows; the suspicions compared element by element (a record compares lists by reference).</summary>
    protected static void AssertRow(MembershipEntry expected, MembershipEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Suspicions, actual.Suspicions);
        var none = Array.Empty<Suspicion>();
        Assert.Equal(expected with { Suspicions = none }, actual with { Suspicions = none });
    }

    [Fact]
    public async Task A_new_cluster_reads_version_zero_and_no_rows()
    {
        var snapshot = await TableOf(NewClusterId()).ReadAllAsync(default);

        Assert.Equal(0, snapshot.Version);
        Assert.Empty(snapshot.Entries);
    }

    [Fact]
    public async Task An_insert_at_the_current_version_adds_the_row_and_moves_the_version_by_one()
    {
        var table = TableOf(NewClusterId());
        var first = Row(NewSilo());
        var second = Row(NewSilo("10.0.0.2")) with { Status = SiloStatus.Active, GatewayPort = 0, SiloName = "b", HostName = "" };

        Assert.True(await table.InsertAsync(first, 0, default));
        Assert.True(await table.InsertAsync(second, 1, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(2, snapshot.Entries.Count);
        AssertRow(first, snapshot.Find(first.Silo));
        AssertRow(second, snapshot.Find(second.Silo));
    }

    [Fact]
    public async Task An_insert_at_a_stale_or_future_version_returns_false_and_changes_nothing()
    {
        var table = TableOf(NewClusterId());
        var first = Row(NewSilo());
        await table.InsertAsync(first, 0, default);
        var late = Row(NewSilo("10.0.0.2"));

        Assert.False(await table.InsertAsync(late, 0, default));
        Assert.False(await table.InsertAsync(late, 2, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(1, snapshot.Version);
        AssertRow(first, Assert.Single(snapshot.Entries));
    }

    [Fact]
    public async Task Inserting_a_silo_that_already_has_a_row_returns_false_and_changes_nothing()
    {
        var table = TableOf(NewClusterId());
        var row = Row(NewSilo());
        await table.InsertAsync(row, 0, default);

        Assert.False(await table.InsertAsync(row with { Status = SiloStatus.Active, SiloName = "again" }, 1, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(1, snapshot.Version);
        AssertRow(row, Assert.Single(snapshot.Entries));
    }

    [Fact]
    public async Task The_same_endpoint_with_another_generation_is_another_silo()
    {
        var table = TableOf(NewClusterId());
        var silo = NewSilo();
        var restarted = silo with { Generation = silo.Generation == long.MaxValue ? 1 : silo.Generation + 1 };
        await table.InsertAsync(Row(silo, SiloStatus.Dead), 0, default);

        Assert.True(await table.InsertAsync(Row(restarted), 1, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(SiloStatus.Dead, snapshot.Find(silo)!.Status);
        Assert.Equal(SiloStatus.Joining, snapshot.Find(restarted)!.Status);
    }

    [Fact]
    public async Task An_update_at_a_stale_version_returns_false_and_at_the_current_one_replaces_the_row()
    {
        var table = TableOf(NewClusterId());
        var row = Row(NewSilo());
        await table.InsertAsync(row, 0, default);
        await table.InsertAsync(Row(NewSilo("10.0.0.2")), 1, default);
        var active = row with
        {
            Status = SiloStatus.Active,
            GatewayPort = 30001,
            SiloName = "renamed",
            HostName = "worker-8",
            StartedAt = Now.AddMilliseconds(-999),
            IAmAliveAt = Now.AddMilliseconds(500),
        };

        Assert.False(await table.UpdateAsync(active, 1, default));
        AssertRow(row, (await table.ReadAllAsync(default)).Find(row.Silo));

        Assert.True(await table.UpdateAsync(active, 2, default));
        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(3, snapshot.Version);
        AssertRow(active, snapshot.Find(row.Silo));
        Assert.Equal(2, snapshot.Entries.Count);
    }

    [Fact]
    public async Task Updating_a_silo_without_a_row_returns_false_and_leaves_the_version()
    {
        var table = TableOf(NewClusterId());
        await table.InsertAsync(Row(NewSilo()), 0, default);

        Assert.False(await table.UpdateAsync(Row(NewSilo("10.0.0.9"), SiloStatus.Active), 1, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(1, snapshot.Version);
        Assert.Single(snapshot.Entries);
    }

    [Fact]
    public async Task A_heartbeat_is_read_back_and_does_not_move_the_version()
    {
        var table = TableOf(NewClusterId());
        var row = Row(NewSilo());
        var other = Row(NewSilo("10.0.0.2"));
        await table.InsertAsync(row, 0, default);
        await table.InsertAsync(other, 1, default);
        var heartbeat = Now.AddSeconds(5).AddMilliseconds(321);

        await table.UpdateIAmAliveAsync(row.Silo, heartbeat, default);

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(2, snapshot.Version);
        AssertRow(row with { IAmAliveAt = heartbeat }, snapshot.Find(row.Silo));
        AssertRow(other, snapshot.Find(other.Silo));

        // A table write at the version read before the heartbeat still applies: the heartbeat changed no view.
        Assert.True(await table.UpdateAsync(row with { IAmAliveAt = heartbeat, Status = SiloStatus.Active }, 2, default));
    }

    [Fact]
    public async Task A_heartbeat_of_a_silo_without_a_row_adds_nothing()
    {
        var table = TableOf(NewClusterId());

        await table.UpdateIAmAliveAsync(NewSilo(), Now, default);

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(0, snapshot.Version);
        Assert.Empty(snapshot.Entries);
    }

    [Fact]
    public async Task Suspicions_round_trip_in_order_with_their_times()
    {
        var table = TableOf(NewClusterId());
        var row = Row(NewSilo());
        await table.InsertAsync(row, 0, default);
        Suspicion[] suspicions =
        [
            new(NewSilo("10.0.0.3", 11112), Now.AddMilliseconds(901)),
            new(NewSilo("10.0.0.2"), Now.AddMilliseconds(45)),
            new(NewSilo("host-with-a-name.internal", 40000), new DateTimeOffset(2025, 9, 15, 10, 0, 1, 7, TimeSpan.FromHours(2))),
        ];

        Assert.True(await table.UpdateAsync(row with { Status = SiloStatus.Active, Suspicions = suspicions }, 1, default));

        var read = (await table.ReadAllAsync(default)).Find(row.Silo)!;
        Assert.Equal(suspicions, read.Suspicions);
        Assert.Equal([Now.AddMilliseconds(901), Now.AddMilliseconds(45), Now.AddMilliseconds(1_007)], read.Suspicions.Select(s => s.At));
        Assert.All(read.Suspicions, s => Assert.Equal(TimeSpan.Zero, s.At.Offset));

        Assert.True(await table.UpdateAsync(read with { Suspicions = [] }, 2, default));
        Assert.Empty((await table.ReadAllAsync(default)).Find(row.Silo)!.Suspicions);
    }

    [Fact]
    public async Task A_row_does_not_change_when_the_caller_changes_what_it_was_written_from_or_read_into()
    {
        var table = TableOf(NewClusterId());
        var silo = NewSilo();
        var vote = new Suspicion(NewSilo("10.0.0.2"), Now);
        var suspicions = new List<Suspicion> { vote };
        await table.InsertAsync(Row(silo) with { Suspicions = suspicions }, 0, default);

        suspicions.Add(new Suspicion(NewSilo("10.0.0.3"), Now));
        var read = await table.ReadAllAsync(default);

        Assert.Equal([vote], read.Find(silo)!.Suspicions);
        Assert.Throws<NotSupportedException>(() => ((IList<Suspicion>)read.Find(silo)!.Suspicions)[0] = vote with { At = Now.AddDays(1) });
        Assert.Throws<NotSupportedException>(() => ((IList<MembershipEntry>)read.Entries).Clear());
        Assert.Equal([vote], (await table.ReadAllAsync(default)).Find(silo)!.Suspicions);
    }

    [Fact]
    public async Task Two_clusters_on_one_table_do_not_see_each_other()
    {
        var blue = TableOf(NewClusterId());
        var green = TableOf(NewClusterId());
        var silo = NewSilo();
        var onlyBlue = NewSilo("10.0.0.2");
        await blue.InsertAsync(Row(silo, SiloStatus.Dead), 0, default);
        await blue.InsertAsync(Row(onlyBlue), 1, default);

        // The same silo address and the same versions in the other cluster are rows of their own.
        Assert.True(await green.InsertAsync(Row(silo), 0, default));
        Assert.False(await green.UpdateAsync(Row(onlyBlue, SiloStatus.Active), 1, default));
        await green.UpdateIAmAliveAsync(silo, Now.AddYears(-1), default);
        Assert.Equal(0, await green.DeleteDeadAsync(Now.AddYears(1), default));

        var blueSnapshot = await blue.ReadAllAsync(default);
        var greenSnapshot = await green.ReadAllAsync(default);
        Assert.Equal(2, blueSnapshot.Version);
        Assert.Equal(2, blueSnapshot.Entries.Count);
        AssertRow(Row(silo, SiloStatus.Dead), blueSnapshot.Find(silo));
        Assert.Equal(1, greenSnapshot.Version);
        AssertRow(Row(silo) with { IAmAliveAt = Now.AddYears(-1) }, Assert.Single(greenSnapshot.Entries));
    }

    [Fact]
    public async Task Of_concurrent_updates_at_the_same_expected_version_exactly_one_succeeds()
    {
        const int writers = 10;
        var clusterId = NewClusterId();
        var row = Row(NewSilo());
        await TableOf(clusterId).InsertAsync(row, 0, default);
        var tables = Enumerable.Range(0, writers).Select(_ => TableOf(clusterId)).ToList();
        var updates = Enumerable.Range(0, writers).Select(i => row with { Status = SiloStatus.Active, SiloName = $"writer-{i}" }).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => tables[i].UpdateAsync(updates[i], 1, default))));

        var winner = Assert.Single(Enumerable.Range(0, writers), i => results[i]);
        var snapshot = await TableOf(clusterId).ReadAllAsync(default);
        Assert.Equal(2, snapshot.Version);
        AssertRow(updates[winner], Assert.Single(snapshot.Entries));
    }

    [Fact]
    public async Task Of_concurrent_inserts_of_different_silos_at_the_same_expected_version_exactly_one_succeeds()
    {
        const int writers = 10;
        var clusterId = NewClusterId();
        var rows = Enumerable.Range(0, writers).Select(i => Row(NewSilo($"10.0.1.{i}"))).ToList();

        var results = await Task.WhenAll(rows.Select(row => Task.Run(() => TableOf(clusterId).InsertAsync(row, 0, default))));

        var winner = Assert.Single(Enumerable.Range(0, writers), i => results[i]);
        var snapshot = await TableOf(clusterId).ReadAllAsync(default);
        Assert.Equal(1, snapshot.Version);
        AssertRow(rows[winner], Assert.Single(snapshot.Entries));
    }

    [Fact]
    public async Task Delete_dead_removes_only_dead_rows_whose_heartbeat_is_older_than_the_cutoff()
    {
        var table = TableOf(NewClusterId());
        var cutoff = Now.AddDays(-7);
        var deadLongAgo = Row(NewSilo("10.0.0.1"), SiloStatus.Dead) with { IAmAliveAt = cutoff.AddMilliseconds(-1) };
        var deadEvenLonger = Row(NewSilo("10.0.0.2"), SiloStatus.Dead) with { IAmAliveAt = cutoff.AddDays(-30) };
        var deadAtTheCutoff = Row(NewSilo("10.0.0.3"), SiloStatus.Dead) with { IAmAliveAt = cutoff };
        var deadRecently = Row(NewSilo("10.0.0.4"), SiloStatus.Dead) with { IAmAliveAt = cutoff.AddMilliseconds(1) };
        var activeButSilent = Row(NewSilo("10.0.0.5"), SiloStatus.Active) with { IAmAliveAt = cutoff.AddDays(-30) };
        var shuttingDown = Row(NewSilo("10.0.0.6"), SiloStatus.ShuttingDown) with { IAmAliveAt = cutoff.AddDays(-30) };
        MembershipEntry[] rows = [deadLongAgo, deadEvenLonger, deadAtTheCutoff, deadRecently, activeButSilent, shuttingDown];
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.True(await table.InsertAsync(rows[i], i, default));
        }

        Assert.Equal(2, await table.DeleteDeadAsync(cutoff, default));

        var snapshot = await table.ReadAllAsync(default);
        Assert.Equal(
            new[] { deadAtTheCutoff, deadRecently, activeButSilent, shuttingDown }.Select(r => r.Silo).Order(),
            snapshot.Entries.Select(r => r.Silo).Order());
        Assert.Equal(rows.Length, snapshot.Version); // a cleanup changes no view, so the version stays
        Assert.Equal(0, await table.DeleteDeadAsync(cutoff, default));
    }

    [Fact]
    public async Task Rows_are_read_in_silo_address_order()
    {
        var table = TableOf(NewClusterId());
        SiloAddress[] silos = [new("10.0.0.2", 11111, 5), new("10.0.0.10", 11111, 5), new("10.0.0.2", 11112, 1), new("10.0.0.2", 11111, 3)];
        for (var i = 0; i < silos.Length; i++)
        {
            Assert.True(await table.InsertAsync(Row(silos[i]), i, default));
        }

        var read = (await table.ReadAllAsync(default)).Entries.Select(r => r.Silo).ToList();

        Assert.Equal(read.Order(), read);
        Assert.Equal(silos.Length, read.Count);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_an_argument_exception()
    {
        var table = TableOf(NewClusterId());

        await Assert.ThrowsAsync<ArgumentNullException>("entry", () => table.InsertAsync(null!, 0, default));
        await Assert.ThrowsAsync<ArgumentException>("entry", () => table.InsertAsync(Row(default), 0, default));
        await Assert.ThrowsAsync<ArgumentException>("entry", () => table.UpdateAsync(Row(NewSilo()) with { Suspicions = null! }, 0, default));
        await Assert.ThrowsAsync<ArgumentException>("entry", () => table.InsertAsync(Row(NewSilo()) with { GatewayPort = -2 }, 0, default));
        await Assert.ThrowsAsync<ArgumentException>("silo", () => table.UpdateIAmAliveAsync(new SiloAddress("", 1, 1), Now, default));
        Assert.Equal(0, (await table.ReadAllAsync(default)).Version);
    }
}
