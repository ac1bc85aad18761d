namespace Actors.Runtime.Reminders;

/// <summary>Durable storage of reminders (PostgreSQL), or memory for the default silo.</summary>
public interface IReminderTable
{
    /// <summary>Creates or replaces the reminder; returns the stored entry with its new ETag.</summary>
    Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the reminder to <paramref name="dueAt"/> (its next period) when its ETag still matches;
    /// returns the stored entry with its new ETag, or null when it was removed or replaced meanwhile.
    /// </summary>
    Task<ReminderEntry?> MoveAsync(GrainId grain, string name, DateTimeOffset dueAt, string eTag, CancellationToken cancellationToken);

    /// <summary>Removes the reminder when its ETag still matches (null: whatever it is); false when it did not.</summary>
    Task<bool> RemoveAsync(GrainId grain, string name, string? eTag, CancellationToken cancellationToken);

    /// <summary>The reminder, or null.</summary>
    Task<ReminderEntry?> ReadAsync(GrainId grain, string name, CancellationToken cancellationToken);

    /// <summary>Every reminder of <paramref name="grain"/>.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grain, CancellationToken cancellationToken);

    /// <summary>Every reminder due at or before <paramref name="until"/>, earliest first.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset until, CancellationToken cancellationToken);
}
