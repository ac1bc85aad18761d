using System.Globalization;
using System.Text;

namespace Actors.Runtime.Streams.Postgres;

/// <summary>
/// The notifications a batch of state writes sends when it commits: for every stream it appended to, the
/// stream's namespace, key and last sequence, on channel <see cref="Channel"/>. Every payload is a JSON object
/// <c>{"writer":"&lt;id&gt;","streams":[["&lt;namespace&gt;","&lt;key&gt;",&lt;last sequence&gt;],…]}</c> of at most
/// <see cref="MaxPayloadBytes"/> bytes (PostgreSQL refuses 8000 or more), so a batch that touches many streams
/// sends several. A stream whose name alone would not fit is sent as <c>[null,null,&lt;last sequence&gt;]</c>, which
/// tells a listener that some stream it cannot name has news: its readers all look at the store.
/// </summary>
/// <remarks>
/// The sequences are known only inside the statement that assigns them, so the plan is made before it runs: it
/// fixes, per stream, the text before the sequence (<see cref="Entries"/>) and which payload it goes in
/// (<see cref="Chunks"/>), counting the widest sequence a <c>bigint</c> can have; the statement joins each entry
/// with the stream's new last sequence, leaves out the streams it appended nothing to, and sends each chunk
/// with <c>pg_notify</c>, in the transaction of the writes, so that nothing is sent for a write that did not commit.
/// <see cref="Payloads"/> builds the same text in .NET. Names are escaped to ASCII, so the byte count is the
/// character count in any server encoding.
/// </remarks>
internal sealed class StreamNotificationPlan
{
    /// <summary>The channel every process listens on.</summary>
    public const string Channel = "actors_streams";

    /// <summary>The largest payload PostgreSQL accepts (it refuses one of 8000 bytes or more).</summary>
    public const int MaxPayloadBytes = 7999;

    /// <summary>Closes every payload, after the last entry.</summary>
    public const string Tail = "]}";

    /// <summary>Closes every entry, after its sequence.</summary>
    public const string EntryTail = "]";

    /// <summary>Between entries.</summary>
    public const string Separator = ",";

    /// <summary>The start of the entry of a stream whose name does not fit in a payload.</summary>
    public const string UnnamedEntry = "[null,null,";

    // The widest positive bigint, 9223372036854775807.
    private const int MaxSequenceDigits = 19;

    private StreamNotificationPlan(string head, StreamId[] streams, string[] entries, int[] chunks)
    {
        Head = head;
        Streams = streams;
        Entries = entries;
        Chunks = chunks;
    }

    /// <summary>Opens every payload: <c>{"writer":"&lt;id&gt;","streams":[</c>.</summary>
    public string Head { get; }

    /// <summary>The streams the batch may append to, each once, in the order of their entries.</summary>
    public IReadOnlyList<StreamId> Streams { get; }

    /// <summary>Per stream, its entry up to the sequence: <c>["&lt;namespace&gt;","&lt;key&gt;",</c>.</summary>
    public string[] Entries { get; }

    /// <summary>Per stream, the number of the payload its entry goes in (0, 1, …).</summary>
    public int[] Chunks { get; }

    /// <summary>Plans the notifications of a batch from process <paramref name="writer"/> that may append to <paramref name="streams"/>.</summary>
    public static StreamNotificationPlan For(string writer, IEnumerable<StreamId> streams)
    {
        ArgumentException.ThrowIfNullOrEmpty(writer);
        var head = "{\"writer\":" + Quote(writer) + ",\"streams\":[";
        var empty = head.Length + Tail.Length;
        if (empty + UnnamedEntry.Length + MaxSequenceDigits + EntryTail.Length > MaxPayloadBytes)
        {
            throw new ArgumentException("The writer id is too long for a notification.", nameof(writer));
        }

        var distinct = streams.Distinct().Order(StreamOrder.Instance).ToArray();
        var entries = new string[distinct.Length];
        var chunks = new int[distinct.Length];
        var chunk = 0;
        var size = empty;
        var count = 0;
        for (var i = 0; i < distinct.Length; i++)
        {
            var entry = "[" + Quote(distinct[i].Namespace) + "," + Quote(distinct[i].Key) + ",";
            if (empty + entry.Length + MaxSequenceDigits + EntryTail.Length > MaxPayloadBytes)
            {
                entry = UnnamedEntry;
            }

            var cost = entry.Length + MaxSequenceDigits + EntryTail.Length + (count > 0 ? Separator.Length : 0);
            if (size + cost > MaxPayloadBytes)
            {
                chunk++;
                size = empty;
                count = 0;
                cost -= Separator.Length;
            }

            entries[i] = entry;
            chunks[i] = chunk;
            size += cost;
            count++;
        }

        return new StreamNotificationPlan(head, distinct, entries, chunks);
    }

    /// <summary>
    /// The payloads sent when the streams reached the given last sequences; a stream for which
    /// <paramref name="lastSequence"/> gives null appended nothing and is left out, and so is a chunk left empty.
    /// </summary>
    public IReadOnlyList<string> Payloads(Func<StreamId, long?> lastSequence)
    {
        var payloads = new List<string>();
        var text = new StringBuilder();
        var current = -1;
        for (var i = 0; i <= Streams.Count; i++)
        {
            if (i == Streams.Count || Chunks[i] != current)
            {
                if (text.Length > 0)
                {
                    payloads.Add(text.Append(Tail).ToString());
                    text.Clear();
                }

                if (i == Streams.Count)
                {
                    break;
                }

                current = Chunks[i];
            }

            if (lastSequence(Streams[i]) is not { } sequence)
            {
                continue;
            }

            text.Append(text.Length == 0 ? Head : Separator)
                .Append(Entries[i])
                .Append(sequence.ToString(CultureInfo.InvariantCulture))
                .Append(EntryTail);
        }

        return payloads;
    }

    /// <summary>A JSON string of pure ASCII: printable characters as they are, every other UTF-16 unit as <c>\uXXXX</c>.</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                text.Append(c);
            }
            else
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>Streams by namespace then key, ordinal: one order in every process.</summary>
    private sealed class StreamOrder : IComparer<StreamId>
    {
        public static readonly StreamOrder Instance = new();

        public int Compare(StreamId x, StreamId y)
        {
            var byNamespace = string.CompareOrdinal(x.Namespace, y.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(x.Key, y.Key);
        }
    }
}
