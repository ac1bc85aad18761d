using System.Globalization;
using Actors.Runtime.Streams;

namespace Actors.Runtime.Persistence.Postgres;

/// <summary>
/// One write or clear waiting for its batch. Its caller may cancel it only while it waits in the queue:
/// once a batch has taken it, it runs to the end and its caller gets the real outcome, so a cancelled
/// call never hides a write that was in fact committed.
/// </summary>
internal sealed class PendingStateWrite
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private int _status;

    public PendingStateWrite(GrainStateKey key, byte[]? payload, string? expectedETag, EntryChange[] entries, EventToAppend[] events)
    {
        Key = key;
        Payload = payload;
        ExpectedETag = expectedETag;
        Entries = entries;
        Events = events;
        ExpectedVersion = ETagConflict.MeansNoRecord(expectedETag) ? null : ParseVersion(expectedETag!);
    }

    public GrainStateKey Key { get; }

    /// <summary>The new state, or null for a clear.</summary>
    public byte[]? Payload { get; }

    public bool IsClear => Payload is null;

    public string Operation => IsClear ? "Clear" : "Write";

    public string? ExpectedETag { get; }

    /// <summary>The version the ETag names; null when the writer expects no record.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>The entries a write stores or deletes beside the state; none for a clear, which deletes them all.</summary>
    public EntryChange[] Entries { get; }

    public EventToAppend[] Events { get; }

    public TaskCompletionSource<StateWriteResult> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Claims the write for a batch; false when its caller cancelled it first.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _status, Taken, Queued) == Queued;

    /// <summary>Withdraws the write while it is still queued; false once a batch has taken it.</summary>
    public bool TryCancel() => Interlocked.CompareExchange(ref _status, Cancelled, Queued) == Queued;

    // An ETag this provider did not hand out can match no row; -1 is a version no sequence produces,
    // so such a write fails the ETag check like any other stale one and reports what is stored.
    private static long ParseVersion(string eTag) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
}
