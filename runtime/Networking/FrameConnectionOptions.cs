namespace Actors.Runtime.Networking;

/// <summary>
/// How frame connections behave: the largest frame accepted, how long connecting and closing may take, and how
/// much the write loop buffers before it flushes.
/// </summary>
internal sealed class FrameConnectionOptions
{
    /// <summary>The largest frame (kind byte plus body, without the 4-byte length) sent or accepted: 16 MiB.</summary>
    public int MaxFrameBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long <see cref="FrameConnection.ConnectAsync"/> waits for the TCP handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a closing connection may take to hand the output already written to the socket before the
    /// socket is aborted (a peer that stops reading would otherwise hold it open).
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The write loop flushes when the queue is empty, or earlier once a batch holds this many bytes, so one huge
    /// batch does not pile up in memory before any of it is sent.
    /// </summary>
    public int FlushThresholdBytes { get; set; } = 64 * 1024;

    /// <summary>How many flushed bytes may wait for the socket before a flush waits for them to drain.</summary>
    public int OutputBufferBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many received bytes the transport buffers before it stops reading the socket: one whole largest frame
    /// must fit, or a large frame could never complete.
    /// </summary>
    internal long InputBufferBytes => FrameHeader.Size + (long)MaxFrameBytes + 64 * 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (MaxFrameBytes is < 1 or > 1024 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFrameBytes), MaxFrameBytes,
                $"{nameof(MaxFrameBytes)} must be 1 to 1073741824 (1 GiB).");
        }

        Positive(ConnectTimeout, nameof(ConnectTimeout));
        Positive(CloseTimeout, nameof(CloseTimeout));
        if (FlushThresholdBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FlushThresholdBytes), FlushThresholdBytes,
                $"{nameof(FlushThresholdBytes)} must be 1 or more.");
        }

        if (OutputBufferBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(OutputBufferBytes), OutputBufferBytes,
                $"{nameof(OutputBufferBytes)} must be 1 or more.");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive time span of at most 24 days.");
        }
    }
}
