namespace Marketplace.Grains.Shared;

/// <summary>One row of a state machine: in <see cref="From"/>, <see cref="Trigger"/> fired by <see cref="By"/> leads to <see cref="To"/>.</summary>
public sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, Party By, TState To)
    where TState : struct, Enum
    where TTrigger : struct, Enum;

/// <summary>
/// A state machine declared as one table of transitions, in the manner of Sharetribe's transaction processes:
/// every (state, trigger, party) that is allowed is a row; anything else is refused. Guards (amounts, windows,
/// ownership) and effects (money, Connects, events) live with the grain that fires the transition, named
/// after the trigger, so the table reads as the whole life of the thing.
/// </summary>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), List<Transition<TState, TTrigger>>> _rows = [];

    /// <param name="subject">What the machine is the life of, for messages ("proposal", "milestone").</param>
    /// <param name="rows">The transitions; a (state, trigger, party) may appear once.</param>
    public TransitionTable(string subject, params Transition<TState, TTrigger>[] rows)
    {
        Subject = subject;
        Rows = rows;
        foreach (var row in rows)
        {
            if (!_rows.TryGetValue((row.From, row.Trigger), out var list))
            {
                _rows[(row.From, row.Trigger)] = list = [];
            }

            if (list.Exists(existing => existing.By == row.By))
            {
                throw new ArgumentException($"The {subject} table has two rows for {row.Trigger} by {row.By} in {row.From}.", nameof(rows));
            }

            list.Add(row);
        }
    }

    public string Subject { get; }

    public IReadOnlyList<Transition<TState, TTrigger>> Rows { get; }

    /// <summary>Whether <paramref name="by"/> may fire <paramref name="trigger"/> in <paramref name="from"/>.</summary>
    public bool Allows(TState from, TTrigger trigger, Party by) =>
        _rows.TryGetValue((from, trigger), out var rows) && rows.Exists(row => row.By == by);

    /// <summary>
    /// The state <paramref name="trigger"/> fired by <paramref name="by"/> leads to from <paramref name="from"/>.
    /// Throws <see cref="DomainException"/>: <see cref="ErrorCodes.InvalidState"/> when the trigger does not apply
    /// in that state, <see cref="ErrorCodes.Forbidden"/> when it does but not for that party.
    /// </summary>
    public TState Fire(TState from, TTrigger trigger, Party by)
    {
        if (!_rows.TryGetValue((from, trigger), out var rows))
        {
            throw new DomainException(ErrorCodes.InvalidState, $"\"{EnumWords.Of(trigger)}\" does not apply to a {Subject} that is {EnumWords.Of(from)}.");
        }

        var row = rows.Find(candidate => candidate.By == by)
            ?? throw DomainException.Forbidden($"The {EnumWords.Of(by)} may not {EnumWords.Of(trigger)} a {Subject} that is {EnumWords.Of(from)}.");
        return row.To;
    }
}
