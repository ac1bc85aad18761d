namespace Actors.Runtime.Clustering;

/// <summary>
/// The active silos of one membership view on a consistent-hash ring, each at <see cref="PointsPerSilo"/> points, so
/// that work keyed by a name (a stream's deliveries, a grain's reminders) has one owner, and a silo joining or leaving
/// moves only about its share of the keys. Every silo with the same view computes the same owners.
/// </summary>
internal sealed class SiloRing
{
    public const int PointsPerSilo = 30;

    private readonly ulong[] _points;
    private readonly SiloAddress[] _owners;

    public SiloRing(IEnumerable<SiloAddress> activeSilos)
    {
        Silos = [.. activeSilos.Distinct().Order()];
        var points = new List<(ulong Point, SiloAddress Silo)>(Silos.Count * PointsPerSilo);
        foreach (var silo in Silos)
        {
            for (var i = 0; i < PointsPerSilo; i++)
            {
                points.Add((StableHash.Of($"{silo}#{i}"), silo));
            }
        }

        points.Sort(static (a, b) => a.Point != b.Point ? a.Point.CompareTo(b.Point) : a.Silo.CompareTo(b.Silo));
        _points = [.. points.Select(p => p.Point)];
        _owners = [.. points.Select(p => p.Silo)];
    }

    /// <summary>The silos on the ring, in address order.</summary>
    public IReadOnlyList<SiloAddress> Silos { get; }

    /// <summary>The silo owning <paramref name="key"/>: the first point at or after the key's hash, going round; null when the ring is empty.</summary>
    public SiloAddress? Owner(string key) => OwnerOf(StableHash.Of(key));

    public SiloAddress? Owner(GrainId grain) => OwnerOf(StableHash.Of(grain));

    /// <summary>
    /// Up to <paramref name="count"/> other silos that follow <paramref name="silo"/> around the ring of silos (each silo
    /// once, in address order after it, wrapping): the silos it watches.
    /// </summary>
    public IReadOnlyList<SiloAddress> Successors(SiloAddress silo, int count)
    {
        var index = Silos.ToList().IndexOf(silo);
        var others = new List<SiloAddress>();
        for (var step = 1; step < Silos.Count && others.Count < count; step++)
        {
            others.Add(Silos[((index < 0 ? -1 : index) + step + Silos.Count) % Silos.Count]);
        }

        return others;
    }

    private SiloAddress? OwnerOf(ulong hash)
    {
        if (_points.Length == 0)
        {
            return null;
        }

        var index = Array.BinarySearch(_points, hash);
        if (index < 0)
        {
            index = ~index;
        }

        return _owners[index == _points.Length ? 0 : index];
    }
}
