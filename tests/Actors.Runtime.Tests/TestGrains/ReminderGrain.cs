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
    public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Fired = new();

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

    public Task ReceiveReminder(string reminderName, DateTimeOffset dueAt)
    {
        Fired.Enqueue($"{GetPrimaryKeyString()} {reminderName}");
        return Task.CompletedTask;
    }
}
