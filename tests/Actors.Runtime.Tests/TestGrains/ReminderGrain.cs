using System.Collections.Concurrent;
using Actors.Runtime.Reminders;

namespace Actors.Runtime.Tests.TestGrains;

public interface IReminderGrain : IGrainWithStringKey
{
    Task Schedule(string name, TimeSpan due, TimeSpan? period);

    Task Cancel(string name);

    Task StartTimer(TimeSpan due, TimeSpan period);
}

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public static readonly ConcurrentQueue<string> Fired = new();

    /// <summary>The due time of every tick received, by "key name".</summary>
    public static readonly ConcurrentQueue<(string Reminder, DateTimeOffset DueAt)> DueTimes = new();

    /// <summary>Keys whose next tick, once recorded, waits for the task before it returns.</summary>
    public static readonly ConcurrentDictionary<string, Task> Holds = new();

    /// <summary>Keys whose grain unregisters the reminder as it handles a tick.</summary>
    public static readonly ConcurrentDictionary<string, bool> UnregisterOnTick = new();

    public Task Schedule(string name, TimeSpan due, TimeSpan? period) => RegisterOrUpdateReminder(name, due, period);

    public Task Cancel(string name) => UnregisterReminder(name);

    public Task StartTimer(TimeSpan due, TimeSpan period)
    {
        RegisterGrainTimer(_ =>
        {
            Fired.Enqueue($"{GetPrimaryKeyString()} timer");
            return Task.CompletedTask;
        }, due, period);
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, DateTimeOffset dueAt)
    {
        var key = GetPrimaryKeyString();
        Fired.Enqueue($"{key} {reminderName}");
        DueTimes.Enqueue(($"{key} {reminderName}", dueAt));
        if (UnregisterOnTick.ContainsKey(key))
        {
            await UnregisterReminder(reminderName);
        }

        if (Holds.TryRemove(key, out var hold))
        {
            await hold;
        }
    }
}
