namespace Actors.Runtime.Streams;

/// <summary>The live end of one stream in this silo: the last <see cref="StreamAppend"/>, which readers follow.</summary>
internal sealed class StreamSignal
{
    private StreamAppend _tail = new();

    /// <summary>Readers holding this signal; guarded by the hub's lock.</summary>
    public int Readers { get; set; }

    /// <summary>The last append announced; take it before reading the store, so no later append is missed.</summary>
    public StreamAppend Tail => Volatile.Read(ref _tail);

    /// <summary>Announces committed events; concurrent announcements each get their own link.</summary>
    public void Appended(StreamAppend append) => Interlocked.Exchange(ref _tail, append).Link(append);
}
