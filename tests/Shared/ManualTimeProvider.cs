namespace Testing;

/// <summary>
/// A clock the test moves: timers (including Task.Delay and CancellationTokenSource timeouts created
/// with this provider) fire, in due order, on the thread that calls <see cref="Advance"/>.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + delta;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value > _now ? next.DueAt.Value : _now;
                next.Fired();
            }

            next.Invoke();
        }
    }

    private void FireIfDue(ManualTimer timer)
    {
        lock (_lock)
        {
            if (timer.DueAt is not { } due || due > _now || !_timers.Contains(timer))
            {
                return;
            }

            timer.Fired();
        }

        timer.Invoke();
    }

    /// <summary>Sets when <paramref name="timer"/> is due (null: never) under the clock's lock, which <see cref="Advance"/> reads it under.</summary>
    private void Schedule(ManualTimer timer, DateTimeOffset? dueAt, TimeSpan period)
    {
        lock (_lock)
        {
            timer.Set(dueAt, period);
            _timers.Remove(timer);
            if (dueAt is not null)
            {
                _timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                clock.Schedule(this, null, period);
                return true;
            }

            clock.Schedule(this, clock.GetUtcNow() + dueTime, period);
            if (dueTime == TimeSpan.Zero)
            {
                // As a real timer: due now means it fires now, without waiting for the clock to move.
                ThreadPool.QueueUserWorkItem(_ => clock.FireIfDue(this));
            }

            return true;
        }

        /// <summary>Called under the clock's lock: moves a periodic timer on, or retires a one-shot one.</summary>
        public void Fired()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                DueAt += _period;
            }
            else
            {
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public void Invoke() => callback(state);

        /// <summary>Called under the clock's lock.</summary>
        public void Set(DateTimeOffset? dueAt, TimeSpan period)
        {
            DueAt = dueAt;
            _period = period;
        }

        public void Dispose() => clock.Schedule(this, null, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
