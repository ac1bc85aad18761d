using System.Collections.Concurrent;
using Actors.Runtime.Activation;
using Actors.Runtime.Messaging;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Reminders;

/// <summary>
/// Fires durable reminders. Every <see cref="Hosting.RuntimeOptions.ReminderRefreshPeriod"/> it loads from the
/// reminder table the reminders due before the next load and sets an in-memory timer for each; a
/// reminder that fell due while the silo was down is due now and fires at once. A reminder is removed
/// (or moved to its next period) only after its grain handled it; a failed delivery is tried again.
/// </summary>
internal sealed partial class ReminderService(SiloRuntime silo, IReminderTable table)
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ScheduledReminder> _scheduled = new();
    private ITimer? _refresh;
    private volatile bool _stopped;

    private TimeSpan Window => silo.Options.ReminderRefreshPeriod;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadDueAsync(cancellationToken);
        _refresh = silo.Time.CreateTimer(static state => _ = ((ReminderService)state!).RefreshAsync(), this, Window, Window);
    }

    public Task StopAsync()
    {
        _stopped = true;
        _refresh?.Dispose();
        foreach (var scheduled in _scheduled.Values)
        {
            scheduled.Timer.Dispose();
        }

        _scheduled.Clear();
        return Task.CompletedTask;
    }

    public async Task<ReminderEntry> RegisterAsync(GrainId grain, string name, TimeSpan dueTime, TimeSpan? period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period is { } p && p <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), p, "A reminder's period must be positive; omit it for a reminder that fires once.");
        }

        if (!silo.Manifest.TryGetGrainClass(grain.Type, out var grainClass) || !typeof(IRemindable).IsAssignableFrom(grainClass.ClassType))
        {
            throw new InvalidOperationException($"Grain {grain} cannot take reminders: its class does not implement IRemindable.");
        }

        var entry = await table.UpsertAsync(grain, name, silo.Time.GetUtcNow() + dueTime, period, cancellationToken);
        Schedule(entry);
        return entry;
    }

    public async Task<bool> UnregisterAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        if (_scheduled.TryRemove((grain, name), out var scheduled))
        {
            scheduled.Timer.Dispose();
        }

        return await table.RemoveAsync(grain, name, null, cancellationToken);
    }

    public Task<ReminderEntry?> GetAsync(GrainId grain, string name, CancellationToken cancellationToken) =>
        table.ReadAsync(grain, name, cancellationToken);

    private async Task RefreshAsync()
    {
        try
        {
            await LoadDueAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogLoadFailed(silo.Logger, ex);
        }
    }

    private async Task LoadDueAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await table.ReadDueAsync(silo.Time.GetUtcNow() + Window, cancellationToken))
        {
            Schedule(entry);
        }
    }

    /// <summary>Sets a timer for <paramref name="entry"/> when it falls due before the next load.</summary>
    private void Schedule(ReminderEntry entry, TimeSpan? retryAfter = null)
    {
        if (_stopped)
        {
            return;
        }

        var delay = retryAfter ?? entry.DueAt - silo.Time.GetUtcNow();
        if (delay > Window)
        {
            return;
        }

        var key = (entry.Grain, entry.Name);
        if (retryAfter is null && _scheduled.TryGetValue(key, out var existing) && existing.Entry.ETag == entry.ETag)
        {
            return;
        }

        // The timer starts only once the reminder is registered: one due now fires at once, and its
        // firing must find itself scheduled.
        var timer = silo.Time.CreateTimer(static state => _ = ((FiringReminder)state!).Service.FireAsync(((FiringReminder)state).Entry),
            new FiringReminder(this, entry), Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_scheduled.TryGetValue(key, out var replaced))
        {
            replaced.Timer.Dispose();
        }

        _scheduled[key] = new ScheduledReminder(entry, timer);
        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private async Task FireAsync(ReminderEntry entry)
    {
        var key = (entry.Grain, entry.Name);
        if (_stopped || !_scheduled.TryGetValue(key, out var scheduled) || scheduled.Entry.ETag != entry.ETag || !scheduled.TryStartFiring())
        {
            return; // replaced, removed, or already firing
        }

        try
        {
            // A load that read the table before this reminder last fired may have scheduled it again:
            // only the stored, unchanged reminder fires.
            var current = await table.ReadAsync(entry.Grain, entry.Name, CancellationToken.None);
            if (current is null || current.ETag != entry.ETag)
            {
                _scheduled.TryRemove(new KeyValuePair<(GrainId, string), ScheduledReminder>(key, scheduled));
                return;
            }

            var tick = new ReminderTick(entry.Name, entry.DueAt);
            silo.Send(entry.Grain, tick);
            await tick.Completion;

            if (entry.Period is { } period)
            {
                var next = entry.DueAt + period;
                var now = silo.Time.GetUtcNow();
                if (next <= now)
                {
                    next += period * Math.Ceiling((now - next) / period);
                }

                Schedule(await table.UpsertAsync(entry.Grain, entry.Name, next, period, CancellationToken.None));
            }
            else
            {
                await table.RemoveAsync(entry.Grain, entry.Name, entry.ETag, CancellationToken.None);
                _scheduled.TryRemove(new KeyValuePair<(GrainId, string), ScheduledReminder>(key, scheduled));
            }
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(silo.Logger, entry.Grain.Type, entry.Grain.Key, entry.Name, ex);
            Schedule(entry, silo.Options.ReminderRetryDelay);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderName} of grain {GrainType}/{GrainKey} failed; it will be tried again")]
    private static partial void LogDeliveryFailed(ILogger logger, string grainType, string grainKey, string reminderName, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading due reminders failed; the next refresh tries again")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    /// <summary>A reminder with its timer set; it fires at most once at a time.</summary>
    private sealed class ScheduledReminder(ReminderEntry entry, ITimer timer)
    {
        private int _firing;

        public ReminderEntry Entry { get; } = entry;

        public ITimer Timer { get; } = timer;

        public bool TryStartFiring() => Interlocked.Exchange(ref _firing, 1) == 0;
    }

    private sealed record FiringReminder(ReminderService Service, ReminderEntry Entry);

    /// <summary>The message that calls <see cref="IRemindable.ReceiveReminder"/>.</summary>
    private sealed class ReminderTick(string name, DateTimeOffset dueAt) : Request
    {
        public override string MethodName => $"IRemindable.ReceiveReminder({name})";

        public override Task InvokeAsync(object grain) => ((IRemindable)grain).ReceiveReminder(name, dueAt);
    }
}
