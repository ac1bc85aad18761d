namespace Actors.GraphQL.Language;

/// <summary>
/// Interns the names of one parse: the first occurrence of a name allocates its string, later ones get
/// the same instance. Names are ASCII, so a byte compares equal to a char. Open addressing, linear probing.
/// </summary>
internal sealed class NameTable
{
    private string?[] _names = new string?[64];
    private int[] _hashes = new int[64];
    private int _count;

    public string Get(ReadOnlySpan<byte> name)
    {
        var hash = Hash(name);
        var mask = _names.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var existing = _names[slot];
            if (existing is null)
            {
                var created = Ascii(name);
                _names[slot] = created;
                _hashes[slot] = hash;
                if (++_count * 2 > _names.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[slot] == hash && Equal(existing, name))
            {
                return existing;
            }
        }
    }

    /// <summary>A string of ASCII bytes (names and numbers, which the lexer has checked are ASCII).</summary>
    internal static string Ascii(ReadOnlySpan<byte> text) => System.Text.Encoding.ASCII.GetString(text);

    private static bool Equal(string existing, ReadOnlySpan<byte> name)
    {
        if (existing.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (existing[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var code in name)
        {
            hash = (hash ^ code) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var names = _names;
        var hashes = _hashes;
        _names = new string?[names.Length * 2];
        _hashes = new int[names.Length * 2];
        var mask = _names.Length - 1;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name)
            {
                var slot = hashes[i] & mask;
                while (_names[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _names[slot] = name;
                _hashes[slot] = hashes[i];
            }
        }
    }
}
