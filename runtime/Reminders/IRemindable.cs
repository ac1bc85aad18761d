namespace Actors.Runtime.Reminders;

/// <summary>Implemented by a grain class that registers reminders.</summary>
public interface IRemindable
{
    /// <summary>
    /// A reminder fell due. <paramref name="dueAt"/> is when it was due, which may be well before now
    /// when the silo was down; periods of a periodic reminder missed meanwhile arrive as this one tick,
    /// due at the last of them. An exception makes the runtime try the delivery again.
    /// </summary>
    Task ReceiveReminder(string reminderName, DateTimeOffset dueAt);
}
