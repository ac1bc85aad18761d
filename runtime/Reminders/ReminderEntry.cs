namespace Actors.Runtime.Reminders;

/// <summary>
/// A durable reminder of one grain: it fires at <see cref="DueAt"/>, then every <see cref="Period"/>
/// when one is set. <see cref="ETag"/> changes on every update.
/// </summary>
public sealed record ReminderEntry(GrainId Grain, string Name, DateTimeOffset DueAt, TimeSpan? Period, string ETag);
