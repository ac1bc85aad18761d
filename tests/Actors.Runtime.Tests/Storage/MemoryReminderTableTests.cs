using Actors.Runtime.Reminders;
using Actors.Runtime.Reminders.Memory;

namespace Actors.Runtime.Tests.Storage;

public sealed class MemoryReminderTableTests : ReminderTableContractTests
{
    protected override Task<IReminderTable> OpenAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}
