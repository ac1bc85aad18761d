using System.Collections;
using Actors.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>
/// The silo's reminder table, watched: it counts the writes done, and holds one load of due reminders on
/// demand, which reads the table at once but answers only when the test releases it (a load overtaken
/// by the reminder service's own writes).
/// </summary>
public sealed class ObservedReminderTable(IReminderTable inner) : IReminderTable
{
    private HeldLoad? _next;
    private int _writes;

    /// <summary>How many upserts, moves and removals have completed.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Puts this table in front of the reminder table registered so far.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IReminderTable));
        services.AddSingleton<IReminderTable>(sp => new ObservedReminderTable((IReminderTable)(
            registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
    }

    /// <summary>Holds the next load of due reminders.</summary>
    public HeldLoad HoldNextLoad()
    {
        var hold = new HeldLoad();
        Volatile.Write(ref _next, hold);
        return hold;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var due = await inner.ReadDueAsync(until, cancellationToken);
        if (Interlocked.Exchange(ref _next, null) is not { } hold)
        {
            return due;
        }

        hold.Read.SetResult(due);
        await hold.Released.Task;
        return new ConsumedList(due, hold.Applied);
    }

    public Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken) =>
        Counted(inner.UpsertAsync(grain, name, dueAt, period, cancellationToken));

    public Task<ReminderEntry?> MoveAsync(GrainId grain, string name, DateTimeOffset dueAt, string eTag, CancellationToken cancellationToken) =>
        Counted(inner.MoveAsync(grain, name, dueAt, eTag, cancellationToken));

    public Task<bool> RemoveAsync(GrainId grain, string name, string? eTag, CancellationToken cancellationToken) =>
        Counted(inner.RemoveAsync(grain, name, eTag, cancellationToken));

    public Task<ReminderEntry?> ReadAsync(GrainId grain, string name, CancellationToken cancellationToken) =>
        inner.ReadAsync(grain, name, cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grain, CancellationToken cancellationToken) =>
        inner.ReadForGrainAsync(grain, cancellationToken);

    private async Task<T> Counted<T>(Task<T> write)
    {
        try
        {
            return await write;
        }
        finally
        {
            Interlocked.Increment(ref _writes);
        }
    }

    /// <summary>A held load: <see cref="Read"/> what it read, then, once released, <see cref="Applied"/> when the silo went through it.</summary>
    public sealed class HeldLoad
    {
        public TaskCompletionSource<IReadOnlyList<ReminderEntry>> Read { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Applied { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The entries read, completing <paramref name="applied"/> once the reader has gone through all of them.</summary>
    private sealed class ConsumedList(IReadOnlyList<ReminderEntry> entries, TaskCompletionSource applied) : IReadOnlyList<ReminderEntry>
    {
        public int Count => entries.Count;

        public ReminderEntry this[int index] => entries[index];

        public IEnumerator<ReminderEntry> GetEnumerator()
        {
            foreach (var entry in entries)
            {
                yield return entry;
            }

            applied.TrySetResult();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
