using System.Collections.Concurrent;
using Actors.Runtime.Activation;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Reminders;

/// <summary>
/// Fires durable reminders. Every <see cref="Hosting.RuntimeOptions.ReminderRefreshPeriod"/> it loads from the
/// reminder table the reminders due before the next load and sets an in-memory timer for each; a
/// reminder that fell due while the silo was down is due now and fires at once. A reminder is removed
/// (or moved to its next period) only after its grain handled it; a failed delivery is tried again.
/// A periodic reminder's next due time follows from its previous one: when the clock has already passed
/// it (the silo was down, or busy, or the clock jumped), it is due at once, and the periods missed fire
/// as that one tick.
/// </summary>
/// <remarks>
/// The table is the truth; the timers follow it. This silo's own writes (register, move to the next
/// period, unregister) replace a reminder's timer. A load only adds the reminders that have none: it may
/// have read the table before one of those writes, and its stale entry must not replace a newer one.
/// A timer whose entry no longer matches the table does not fire; it sets the stored entry's instead.
/// </remarks>
internal sealed partial class ReminderService(SiloRuntime silo, IReminderTable table)
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ScheduledReminder> _scheduled = new();
    private ITimer? _refresh;
    private volatile bool _stopped;

    private TimeSpan Window => silo.Options.ReminderRefreshPeriod;

    /// <summary>
    /// Whether this silo fires the reminders of a grain: every grain's on a silo on its own; in a cluster, those of the
    /// grains the ring of active silos gives it, so each reminder fires on one silo, and on a survivor after a death.
    /// </summary>
    public Func<GrainId, bool> Owns { get; set; } = static _ => true;

    /// <summary>The ring changed: drops the timers of reminders another silo owns now and loads the ones this silo took over.</summary>
    public async Task OnOwnershipChangedAsync()
    {
        foreach (var (key, scheduled) in _scheduled)
        {
            if (!Owns(key.Grain) && _scheduled.TryRemove(new KeyValuePair<(GrainId, string), ScheduledReminder>(key, scheduled)))
            {
                scheduled.Timer.Dispose();
            }
        }

        await RefreshAsync();
    }

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

    /// <summary>The entry whose timer is set for the reminder, or null: what tests wait for before moving the clock.</summary>
    internal ReminderEntry? GetScheduled(GrainId grain, string name) =>
        _scheduled.TryGetValue((grain, name), out var scheduled) ? scheduled.Entry : null;

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
            Schedule(entry, replace: false);
        }
    }

    /// <summary>
    /// Sets a timer for <paramref name="entry"/> when it falls due before the next load (after
    /// <paramref name="retryAfter"/> when given). With <paramref name="replace"/> (this silo's latest write
    /// of the reminder) it takes the place of the reminder's timer; without (an entry read from the table,
    /// possibly before this silo's latest write), it is set only when the reminder has no timer.
    /// </summary>
    private void Schedule(ReminderEntry entry, bool replace = true, TimeSpan? retryAfter = null)
    {
        if (_stopped)
        {
            return;
        }

        var key = (entry.Grain, entry.Name);
        if (!Owns(entry.Grain))
        {
            // Another silo fires it: its next load finds it.
            if (_scheduled.TryRemove(key, out var elsewhere))
            {
                elsewhere.Timer.Dispose();
            }

            return;
        }

        var delay = retryAfter ?? entry.DueAt - silo.Time.GetUtcNow();
        if (delay > Window)
        {
            // The load that finds it due sets its timer; an older timer of the reminder must not fire meanwhile.
            if (replace && _scheduled.TryRemove(key, out var superseded))
            {
                superseded.Timer.Dispose();
            }

            return;
        }

        if (_scheduled.TryGetValue(key, out var existing) && (!replace || (retryAfter is null && existing.Entry.ETag == entry.ETag)))
        {
            return;
        }

        // The timer starts only once the reminder is registered: one due now fires at once, and its
        // firing must find itself scheduled.
        var timer = silo.Time.CreateTimer(static state => _ = ((FiringReminder)state!).Service.FireAsync(((FiringReminder)state).Entry),
            new FiringReminder(this, entry), Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var scheduled = new ScheduledReminder(entry, timer);
        if (replace)
        {
            ScheduledReminder? replaced = null;
            _scheduled.AddOrUpdate(key, scheduled, (_, current) =>
            {
                replaced = current;
                return scheduled;
            });
            replaced?.Timer.Dispose();
        }
        else if (!_scheduled.TryAdd(key, scheduled))
        {
            timer.Dispose(); // a write set the reminder's timer meanwhile
            return;
        }

        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private async Task FireAsync(ReminderEntry entry)
    {
        var key = (entry.Grain, entry.Name);
        if (_stopped || !Owns(entry.Grain) || !_scheduled.TryGetValue(key, out var scheduled) || scheduled.Entry.ETag != entry.ETag || !scheduled.TryStartFiring())
        {
            return; // replaced, removed, or already firing
        }

        try
        {
            // Only the stored, unchanged reminder fires; a changed one gets the stored entry's timer.
            var current = await table.ReadAsync(entry.Grain, entry.Name, CancellationToken.None);
            if (current is null || current.ETag != entry.ETag)
            {
                _scheduled.TryRemove(new KeyValuePair<(GrainId, string), ScheduledReminder>(key, scheduled));
                if (current is not null)
                {
                    Schedule(current, replace: false);
                }

                return;
            }

            var tick = new ReminderTick { Name = entry.Name, DueAt = entry.DueAt };
            silo.Send(entry.Grain, tick);
            await tick.Completion;

            if (entry.Period is { } period)
            {
                // Moved only when unchanged since it fired: a grain that unregistered or registered it
                // again meanwhile (while handling this tick, say) keeps what it did.
                var next = await table.MoveAsync(entry.Grain, entry.Name, NextDueAt(entry.DueAt, period, silo.Time.GetUtcNow()), entry.ETag, CancellationToken.None);
                if (next is not null)
                {
                    Schedule(next);
                }
                else
                {
                    _scheduled.TryRemove(new KeyValuePair<(GrainId, string), ScheduledReminder>(key, scheduled));
                }
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
            if (_scheduled.TryGetValue(key, out var still) && still == scheduled)
            {
                Schedule(entry, retryAfter: silo.Options.ReminderRetryDelay); // unless unregistered or registered again meanwhile
            }
        }
    }

    /// <summary>
    /// The period after <paramref name="dueAt"/>; when <paramref name="now"/> is past it, the last period
    /// boundary at or before now: due at once, it stands for every period missed (one tick, none lost).
    /// </summary>
    private static DateTimeOffset NextDueAt(DateTimeOffset dueAt, TimeSpan period, DateTimeOffset now)
    {
        var next = dueAt + period;
        return next >= now ? next : next + TimeSpan.FromTicks((now - next).Ticks / period.Ticks * period.Ticks);
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

}
