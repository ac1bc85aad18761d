using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.TestGrains;

/// <summary>A job's proposals kept as state entries beside a small state record.</summary>
public interface IProposalBoardGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces a proposal and records "ProposalSubmitted" on stream ("board", key), in one write.</summary>
    Task Submit(string proposal, int amount);

    /// <summary>Changes the amount of a stored proposal object in place, then marks it changed.</summary>
    Task Revise(string proposal, int amount);

    Task<bool> Withdraw(string proposal);

    /// <summary>The proposals as "id:amount", in the order they were first stored.</summary>
    Task<List<string>> Proposals();

    /// <summary>How many proposals this board took, counted in the state record.</summary>
    Task<int> Submitted();

    /// <summary>Writes the state again, with whatever changes are still pending.</summary>
    Task Write();

    /// <summary>Reads the state and its entries anew from storage.</summary>
    Task Reload();

    Task Close();

    /// <summary>Asks for the proposals with another entry type, which the runtime refuses.</summary>
    Task<int> CountProposalsAsText();

    Task Deactivate();
}

public sealed record BoardState
{
    public int Submitted { get; init; }
}

/// <summary>Mutable on purpose: the grain changes it in place and tells the collection with Set.</summary>
public sealed class ProposalEntry
{
    public string Id { get; init; } = "";

    public int Amount { get; set; }
}

public sealed record ProposalSubmitted(string Proposal, int Amount);

public sealed class ProposalBoardGrain([PersistentState("board")] IPersistentState<BoardState> state) : Grain, IProposalBoardGrain
{
    // Asked for before the state is read: the collection fills when the runtime reads the state.
    private readonly IStateEntries<ProposalEntry> _proposals = state.Entries<ProposalEntry>("proposals");

    public async Task Submit(string proposal, int amount)
    {
        _proposals.Set(proposal, new ProposalEntry { Id = proposal, Amount = amount });
        state.State = state.State with { Submitted = state.State.Submitted + 1 };
        state.RecordEvent(new StreamId("board", GetPrimaryKeyString()), new ProposalSubmitted(proposal, amount));
        await state.WriteStateAsync();
    }

    public async Task Revise(string proposal, int amount)
    {
        if (!_proposals.TryGet(proposal, out var entry))
        {
            throw new ArgumentException($"Board {GetPrimaryKeyString()} has no proposal '{proposal}'.", nameof(proposal));
        }

        entry.Amount = amount;
        _proposals.Set(proposal, entry);
        await state.WriteStateAsync();
    }

    public async Task<bool> Withdraw(string proposal)
    {
        var removed = _proposals.Remove(proposal);
        await state.WriteStateAsync();
        return removed;
    }

    public Task<List<string>> Proposals() =>
        Task.FromResult(_proposals.Select(p => $"{p.Id}:{p.Amount}").ToList());

    public Task<int> Submitted() => Task.FromResult(state.State.Submitted);

    public Task Write() => state.WriteStateAsync();

    public Task Reload() => state.ReadStateAsync();

    public Task Close() => state.ClearStateAsync();

    public Task<int> CountProposalsAsText() => Task.FromResult(state.Entries<string>("proposals").Count);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
