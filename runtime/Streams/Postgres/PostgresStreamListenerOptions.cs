namespace Actors.Runtime.Streams.Postgres;

/// <summary>The waits of a <see cref="PostgresStreamListener"/>.</summary>
internal sealed record PostgresStreamListenerOptions
{
    /// <summary>The wait before the first attempt to reconnect; it doubles after each failed attempt. Default 0.5 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between attempts to reconnect. Default 30 s.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After this long without a notification the listener checks its connection with a query. Default 30 s.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long that check may take before the connection counts as lost. Default 15 s.</summary>
    public int PingTimeoutSeconds { get; init; } = 15;

    internal void Validate()
    {
        if (ReconnectDelay <= TimeSpan.Zero || MaxReconnectDelay < ReconnectDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconnectDelay), ReconnectDelay, "ReconnectDelay must be positive and at most MaxReconnectDelay.");
        }

        if (KeepAliveInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(KeepAliveInterval), KeepAliveInterval, "KeepAliveInterval must be positive.");
        }

        if (PingTimeoutSeconds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PingTimeoutSeconds), PingTimeoutSeconds, "PingTimeoutSeconds must be at least 1.");
        }
    }
}
