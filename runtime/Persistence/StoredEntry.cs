namespace Actors.Runtime.Persistence;

/// <summary>
/// One stored entry of a state (see <see cref="IStateEntries{TEntry}"/>): the collection it belongs to,
/// its key, its position in that collection's order, and its payload (UTF-8 JSON).
/// </summary>
public sealed record StoredEntry(string Name, string Key, long Position, ReadOnlyMemory<byte> Payload)
{
    /// <summary>The longest collection name storage accepts, in UTF-16 characters; short enough for any index.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The longest entry key storage accepts, in UTF-16 characters; short enough for any index.</summary>
    public const int MaxKeyLength = 256;

    /// <summary>
    /// The order in which every provider returns entries: by collection name, then position, then key
    /// (names and keys compared ordinally), so that providers agree to the byte.
    /// </summary>
    public static int Compare(StoredEntry x, StoredEntry y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var order = string.CompareOrdinal(x.Name, y.Name);
        order = order != 0 ? order : x.Position.CompareTo(y.Position);
        return order != 0 ? order : string.CompareOrdinal(x.Key, y.Key);
    }
}
