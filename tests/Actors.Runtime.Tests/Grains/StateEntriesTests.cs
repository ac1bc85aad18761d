using Testing;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;
using Testing.Postgres;

namespace Actors.Runtime.Tests.Grains;

/// <summary>
/// Entries stored beside a grain's state, seen from the grain: order, writes of only what changed, changes
/// kept pending through a failed write, clears, and the same behaviour on each storage provider.
/// </summary>
public abstract class StateEntriesTests
{
    /// <summary>Starts a silo whose default storage is wrapped by <paramref name="recording"/>.</summary>
    protected abstract Task<TestCluster> StartClusterAsync(StorageRecording recording, Action<TestClusterOptions>? configure = null);

    protected static Action<TestClusterOptions> Recorded(StorageRecording recording, Action<TestClusterOptions>? configure) => options =>
    {
        configure?.Invoke(options);
        var services = options.ConfigureServices;
        options.ConfigureServices = s =>
        {
            services(s);
            recording.Install(s);
        };
    };

    private static GrainStateKey BoardState(string key) => new("proposalboard", key, "board");

    private static string NewKey() => $"board-{Guid.NewGuid():N}";

    private static async Task DeactivateAsync(TestCluster cluster, string key)
    {
        await cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key).Deactivate();
        var catalog = cluster.Services.GetRequiredService<Activation.SiloRuntime>().Catalog;
        await Poll.Until(() => Task.FromResult(catalog.IsActive(new GrainId("proposalboard", key))), active => !active);
    }

    [Fact]
    public async Task Set_replace_and_remove_are_read_back_by_the_next_activation_in_first_stored_order()
    {
        await using var cluster = await StartClusterAsync(new StorageRecording());
        var key = NewKey();
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("c", 300);
        await board.Submit("a", 100);
        await board.Submit("b", 200);

        await board.Revise("c", 310);   // a replace keeps its place
        Assert.True(await board.Withdraw("a"));
        Assert.False(await board.Withdraw("a"));
        await board.Submit("a", 120);   // stored anew: last
        await board.Submit("b", 250);   // a replace by Set keeps its place too

        Assert.Equal(["c:310", "b:250", "a:120"], await board.Proposals());
        await DeactivateAsync(cluster, key);
        Assert.Equal(["c:310", "b:250", "a:120"], await board.Proposals());
        Assert.Equal(5, await board.Submitted());
    }

    [Fact]
    public async Task A_write_stores_only_the_entries_set_or_removed_since_the_last_write()
    {
        var recording = new StorageRecording();
        await using var cluster = await StartClusterAsync(recording);
        var key = NewKey();
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("a", 1);
        await board.Submit("b", 2);
        await board.Submit("c", 3);

        await board.Revise("b", 20);
        await board.Withdraw("c");
        await board.Write();

        string[][] expected = [["proposals/a"], ["proposals/b"], ["proposals/c"], ["proposals/b"], ["-proposals/c"], []];
        Assert.Equal(expected, recording.Writes.Where(w => w.Key == BoardState(key)).Select(w => w.Entries));
    }

    [Fact]
    public async Task A_write_that_fails_keeps_its_entry_changes_and_events_pending_and_the_next_write_stores_them()
    {
        var recording = new StorageRecording();
        await using var cluster = await StartClusterAsync(recording);
        var key = NewKey();
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("a", 1);

        recording.FailNextWrites(2);
        var first = await Assert.ThrowsAnyAsync<Exception>(() => board.Submit("b", 2));
        await Assert.ThrowsAnyAsync<Exception>(() => board.Withdraw("a"));
        Assert.Contains("Injected storage failure", first.Message, StringComparison.Ordinal);
        await board.Write();

        Assert.Equal(
            ["-proposals/a", "proposals/b"],
            recording.Writes.Where(w => w.Key == BoardState(key)).Last().Entries.Order(StringComparer.Ordinal));
        var stored = await cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default").ReadAsync(BoardState(key), CancellationToken.None);
        Assert.Equal(["b"], stored!.Entries.Select(e => e.Key));
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        Assert.Equal(2, await streams.ReadLastSequenceAsync(new StreamId("board", key), CancellationToken.None));
    }

    [Fact]
    public async Task A_write_from_stale_state_stores_no_entry_and_a_read_drops_the_changes_it_did_not_store()
    {
        await using var cluster = await StartClusterAsync(new StorageRecording());
        var key = NewKey();
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("a", 1);
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var stored = await storage.ReadAsync(BoardState(key), CancellationToken.None);
        await storage.WriteAsync(BoardState(key), """{"Submitted":7}"""u8.ToArray(), stored!.ETag,
            [EntryChange.Stored("proposals", "e", 9, """{"Id":"e","Amount":5}"""u8.ToArray())], [], CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(() => board.Submit("b", 2));

        var after = await storage.ReadAsync(BoardState(key), CancellationToken.None);
        Assert.Equal(["a", "e"], after!.Entries.Select(e => e.Key));
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        Assert.Equal(1, await streams.ReadLastSequenceAsync(new StreamId("board", key), CancellationToken.None));

        await board.Reload();
        Assert.Equal(["a:1", "e:5"], await board.Proposals());
        await board.Submit("c", 3);
        Assert.Equal(["a:1", "e:5", "c:3"], await board.Proposals());
        Assert.Equal(8, await board.Submitted());
    }

    [Fact]
    public async Task Clear_deletes_every_entry_and_the_board_starts_again_empty()
    {
        await using var cluster = await StartClusterAsync(new StorageRecording());
        var key = NewKey();
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("a", 1);
        await board.Submit("b", 2);

        await board.Close();

        Assert.Empty(await board.Proposals());
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        Assert.Null(await storage.ReadAsync(BoardState(key), CancellationToken.None));
        await board.Submit("c", 3);
        await DeactivateAsync(cluster, key);
        Assert.Equal(["c:3"], await board.Proposals());
    }

    [Fact]
    public async Task Asking_for_entries_with_another_entry_type_is_refused_naming_both_types()
    {
        await using var cluster = await StartClusterAsync(new StorageRecording());
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(NewKey());
        await board.Submit("a", 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(board.CountProposalsAsText);

        Assert.Contains("'proposals'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(ProposalEntry).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("System.String", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a:1"], await board.Proposals());
    }
}

public sealed class MemoryStateEntriesTests : StateEntriesTests
{
    protected override Task<TestCluster> StartClusterAsync(StorageRecording recording, Action<TestClusterOptions>? configure = null) =>
        MemoryClusterFixture.StartAsync(Recorded(recording, configure));
}

/// <summary>The entry tests on PostgreSQL, plus what only durable storage can show: a restart loses nothing.</summary>
public sealed class PostgresStateEntriesTests(PostgresDatabase database) : StateEntriesTests, IClassFixture<PostgresDatabase>
{
    protected override Task<TestCluster> StartClusterAsync(StorageRecording recording, Action<TestClusterOptions>? configure = null) =>
        PostgresCluster.StartAsync(database, Recorded(recording, configure));

    [Fact]
    public async Task Entries_and_their_order_survive_a_silo_restart()
    {
        await using var cluster = await StartClusterAsync(new StorageRecording());
        var key = $"board-{Guid.NewGuid():N}";
        var board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        await board.Submit("b", 2);
        await board.Submit("a", 1);
        await board.Submit("c", 3);
        await board.Revise("b", 22);
        await board.Withdraw("a");

        await cluster.RestartAsync();

        board = cluster.GrainFactory.GetGrain<IProposalBoardGrain>(key);
        Assert.Equal(["b:22", "c:3"], await board.Proposals());
        await board.Submit("a", 11);
        Assert.Equal(["b:22", "c:3", "a:11"], await board.Proposals());
    }
}
