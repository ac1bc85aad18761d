namespace Actors.Runtime.Hosting;

/// <summary>The runtime's settings (configuration section "Runtime").</summary>
public sealed class RuntimeOptions
{
    /// <summary>How long a caller waits for a response before a <see cref="Messaging.RequestTimeoutException"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected (Orleans: 15 minutes).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often request deadlines are checked: the precision of <see cref="RequestTimeout"/>.</summary>
    public TimeSpan RequestTimeoutCheckPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long OnDeactivateAsync may take before its token is cancelled.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often reminders due soon are loaded from the reminder table.</summary>
    public TimeSpan ReminderRefreshPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait before delivering a reminder again after its grain failed it.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait before delivering a stream event again after its subscriber failed it (doubling up to 30 s).</summary>
    public TimeSpan StreamRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Whether every activation is written down (silo, activation id, from when to when) in the storage's activation
    /// history: an audit of single activation, at one write per activation and deactivation. Off by default.
    /// </summary>
    public bool RecordActivations { get; set; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Positive(RequestTimeout, nameof(RequestTimeout));
        Positive(CollectionAge, nameof(CollectionAge));
        Positive(CollectionQuantum, nameof(CollectionQuantum));
        Positive(RequestTimeoutCheckPeriod, nameof(RequestTimeoutCheckPeriod));
        Positive(DeactivationTimeout, nameof(DeactivationTimeout));
        Positive(ReminderRefreshPeriod, nameof(ReminderRefreshPeriod));
        Positive(ReminderRetryDelay, nameof(ReminderRetryDelay));
        Positive(StreamRetryDelay, nameof(StreamRetryDelay));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException($"Runtime:{name}", value, $"Runtime:{name} must be a positive time span.");
        }
    }
}
