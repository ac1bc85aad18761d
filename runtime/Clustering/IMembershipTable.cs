namespace Actors.Runtime.Clustering;

/// <summary>
/// The table of silos every member of one cluster reads and writes (Orleans' membership table). Each
/// change is a read-modify-write against the table version: it applies only if the table is still at
/// <c>expectedVersion</c>, and then moves it to <c>expectedVersion + 1</c> in the same atomic step, so
/// concurrent writers never both succeed and every reader sees changes in one order.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Every row and the table version.</summary>
    Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="entry"/> if the table is at <paramref name="expectedVersion"/> and has no row for its silo; false otherwise (nothing changes).</summary>
    Task<bool> InsertAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Replaces the row of <paramref name="entry"/>'s silo if the table is at <paramref name="expectedVersion"/> and the row exists; false otherwise (nothing changes).</summary>
    Task<bool> UpdateAsync(MembershipEntry entry, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Sets the silo's heartbeat time, without moving the table version (a heartbeat is not a change of view).</summary>
    Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Removes the rows of dead silos whose last heartbeat is before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteDeadAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
