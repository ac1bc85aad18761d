using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Tests.TestGrains;

/// <summary>Writes numbered events to a stream it is told, which no grain subscribes to: for readers in other processes.</summary>
public interface ITickerGrain : IGrainWithStringKey
{
    /// <summary>Records <paramref name="count"/> "Ticked" events on stream ("ticks", <paramref name="streamKey"/>) in one write; returns the last number.</summary>
    Task<int> Tick(string streamKey, int count);
}

public sealed record TickerState
{
    public int Ticks { get; init; }
}

/// <summary>One event of a ticker: which ticker wrote it and its own running number (1, 2, 3, …).</summary>
public sealed record Ticked(string Ticker, int Number);

public sealed class TickerGrain([PersistentState("ticker")] IPersistentState<TickerState> state) : Grain, ITickerGrain
{
    public const string Namespace = "ticks";

    public async Task<int> Tick(string streamKey, int count)
    {
        var stream = new StreamId(Namespace, streamKey);
        var ticks = state.State.Ticks;
        for (var i = 0; i < count; i++)
        {
            state.RecordEvent(stream, new Ticked(GetPrimaryKeyString(), ++ticks));
        }

        state.State = state.State with { Ticks = ticks };
        await state.WriteStateAsync();
        return ticks;
    }
}
