namespace Actors.Runtime.Streams;

/// <summary>The live end of one stream in this process: the last <see cref="StreamAppend"/>, which readers follow.</summary>
internal sealed class StreamSignal
{
    private StreamAppend _tail = new();

    /// <summary>Readers holding this signal; guarded by the lock of <see cref="LiveStreams"/>.</summary>
    public int Readers { get; set; }

    /// <summary>The last link added; take it before reading the store, so no later link is missed.</summary>
    public StreamAppend Tail => Volatile.Read(ref _tail);

    /// <summary>Adds an announcement or a notification; concurrent ones each get their own link.</summary>
    public void Appended(StreamAppend append) => Interlocked.Exchange(ref _tail, append).Link(append);
}
