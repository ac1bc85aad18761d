namespace Actors.Runtime.Persistence;

/// <summary>
/// One entry a write stores or deletes beside the state: the collection <paramref name="Name"/>, the
/// entry's <paramref name="Key"/>, its <paramref name="Position"/> in the collection's order and its
/// <paramref name="Payload"/> (UTF-8 JSON), or no payload to delete the entry.
/// </summary>
public sealed record EntryChange(string Name, string Key, long Position, ReadOnlyMemory<byte>? Payload)
{
    /// <summary>Stores <paramref name="payload"/> under <paramref name="key"/>, at <paramref name="position"/>.</summary>
    public static EntryChange Stored(string name, string key, long position, ReadOnlyMemory<byte> payload) =>
        new(name, key, position, payload);

    /// <summary>Deletes the entry under <paramref name="key"/> (nothing happens when none is stored); a removal has no position.</summary>
    public static EntryChange Removed(string name, string key) => new(name, key, 0, null);

    public bool IsRemoval => Payload is null;
}
