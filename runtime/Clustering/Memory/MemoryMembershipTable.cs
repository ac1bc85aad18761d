using System.Collections.ObjectModel;
using Actors.Runtime.Persistence;

namespace Actors.Runtime.Clustering.Memory;

/// <summary>
/// The membership table of one cluster in memory, for silos that run in one process (tests, a local
/// cluster): every silo is given the same instance. It has the semantics of the PostgreSQL table, the
/// version checked and moved under one lock with the row write, without durability. Rows are kept as
/// storage keeps them (times in UTC to the microsecond, suspicions in read-only lists of their own), so
/// neither a writer nor a reader can change a row except through the table.
/// </summary>
public sealed class MemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SiloAddress, MembershipEntry> _rows = [];
    private long _version;

    public Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<MembershipSnapshot>(cancellationToken);
        }

        lock (_lock)
        {
            // The rows are immutable records, so a snapshot may share them; only the list is its own.
            var entries = new ReadOnlyCollection<MembershipEntry>([.. _rows.Values.OrderBy(row => row.Silo)]);
            return Task.FromResult(new MembershipSnapshot(_version, entries));
        }
    }

    public Task<bool> InsertAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireEntry(entry, nameof(entry));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        var stored = ClusterArguments.Stored(entry);
        lock (_lock)
        {
            if (_version != expectedVersion || _rows.ContainsKey(stored.Silo))
            {
                return Task.FromResult(false);
            }

            _rows.Add(stored.Silo, stored);
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireEntry(entry, nameof(entry));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        var stored = ClusterArguments.Stored(entry);
        lock (_lock)
        {
            if (_version != expectedVersion || !_rows.ContainsKey(stored.Silo))
            {
                return Task.FromResult(false);
            }

            _rows[stored.Silo] = stored;
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ClusterArguments.RequireSilo(silo, nameof(silo));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (_lock)
        {
            // A silo without a row (never joined, or cleaned up) has nothing to refresh.
            if (_rows.TryGetValue(silo, out var row))
            {
                _rows[silo] = row with { IAmAliveAt = StorageTime.Truncate(at) };
            }

            return Task.CompletedTask;
        }
    }

    public Task<int> DeleteDeadAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(cancellationToken);
        }

        lock (_lock)
        {
            // Like the PostgreSQL table this does not move the version: a dead silo's row says nothing
            // any live silo still acts on, and a dead silo never comes back under the same address.
            var cutoff = StorageTime.Truncate(before);
            var defunct = _rows.Values.Where(row => row.Status == SiloStatus.Dead && row.IAmAliveAt < cutoff).ToList();
            foreach (var row in defunct)
            {
                _rows.Remove(row.Silo);
            }

            return Task.FromResult(defunct.Count);
        }
    }
}
