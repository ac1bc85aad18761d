using System.Text;

namespace Actors.Runtime.Clustering;

/// <summary>
/// A hash of text that every process computes alike (string.GetHashCode is randomised per process): 64-bit FNV-1a
/// over the UTF-8 bytes, then a final avalanche mix so that keys differing in their last characters spread over the
/// whole range. Used for the silo ring and hash-based placement.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text)
    {
        var hash = OffsetBasis;
        Span<byte> buffer = stackalloc byte[256];
        var chars = text.AsSpan();
        while (!chars.IsEmpty)
        {
            var take = Math.Min(chars.Length, 64);
            var count = Encoding.UTF8.GetBytes(chars[..take], buffer);
            foreach (var b in buffer[..count])
            {
                hash = (hash ^ b) * Prime;
            }

            chars = chars[take..];
        }

        return Mix(hash);
    }

    public static ulong Of(GrainId grain) => Of(grain.Type) ^ (Of(grain.Key) * 31);

    /// <summary>The final step of SplitMix64.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }
}
