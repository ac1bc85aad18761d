using System.Globalization;

namespace Actors.Runtime.Clustering;

/// <summary>
/// Where a silo process listens for other silos, and which start of it: host, silo port and generation
/// (the start time in ticks, as Orleans' epoch). A restarted silo on the same endpoint is a new silo.
/// Written as <c>host:port@generation</c>.
/// </summary>
public readonly record struct SiloAddress(string Host, int Port, long Generation) : IComparable<SiloAddress>
{
    /// <summary>The endpoint without the generation, <c>host:port</c>.</summary>
    public string Endpoint => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => $"{Endpoint}@{Generation.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads <c>host:port@generation</c>; throws <see cref="FormatException"/> naming the text otherwise.</summary>
    public static SiloAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        var colon = at < 0 ? -1 : text.LastIndexOf(':', at);
        if (colon <= 0
            || !int.TryParse(text.AsSpan(colon + 1, at - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535
            || !long.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            throw new FormatException($"\"{text}\" is not a silo address (host:port@generation).");
        }

        return new SiloAddress(text[..colon], port, generation);
    }

    /// <summary>Orders by host, then port, then generation (hash-based placement numbers the silos in this order).</summary>
    public int CompareTo(SiloAddress other)
    {
        var byHost = string.CompareOrdinal(Host, other.Host);
        if (byHost != 0)
        {
            return byHost;
        }

        return Port != other.Port ? Port.CompareTo(other.Port) : Generation.CompareTo(other.Generation);
    }
}
