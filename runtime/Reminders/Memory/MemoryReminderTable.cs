using System.Globalization;
using Actors.Runtime.Persistence;

namespace Actors.Runtime.Reminders.Memory;

/// <summary>
/// Reminders in memory, for the default silo: the semantics of the PostgreSQL table (a new ETag on every
/// upsert, conditional removal, due reads earliest first), without durability. Times are kept in UTC to
/// the microsecond, as PostgreSQL keeps them.
/// </summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string GrainType, string GrainKey, string Name), ReminderEntry> _reminders = [];

    // One counter for every reminder, so an ETag is never handed out twice, not even after a removal.
    private long _lastVersion;

    public Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        StorageArguments.RequirePeriod(period, nameof(period));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ReminderEntry>(cancellationToken);
        }

        lock (_lock)
        {
            var entry = new ReminderEntry(
                grain,
                name,
                StorageTime.Truncate(dueAt),
                period is { } value ? StorageTime.Truncate(value) : null,
                (++_lastVersion).ToString(CultureInfo.InvariantCulture));
            _reminders[(grain.Type, grain.Key, name)] = entry;
            return Task.FromResult(entry);
        }
    }

    public Task<ReminderEntry?> MoveAsync(GrainId grain, string name, DateTimeOffset dueAt, string eTag, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        ArgumentNullException.ThrowIfNull(eTag);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ReminderEntry?>(cancellationToken);
        }

        lock (_lock)
        {
            var id = (grain.Type, grain.Key, name);
            if (!_reminders.TryGetValue(id, out var entry) || !string.Equals(entry.ETag, eTag, StringComparison.Ordinal))
            {
                return Task.FromResult<ReminderEntry?>(null);
            }

            var moved = entry with { DueAt = StorageTime.Truncate(dueAt), ETag = (++_lastVersion).ToString(CultureInfo.InvariantCulture) };
            _reminders[id] = moved;
            return Task.FromResult<ReminderEntry?>(moved);
        }
    }

    public Task<bool> RemoveAsync(GrainId grain, string name, string? eTag, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        lock (_lock)
        {
            var id = (grain.Type, grain.Key, name);
            var removed = _reminders.TryGetValue(id, out var entry)
                && (eTag is null || string.Equals(entry.ETag, eTag, StringComparison.Ordinal))
                && _reminders.Remove(id);
            return Task.FromResult(removed);
        }
    }

    public Task<ReminderEntry?> ReadAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        StorageArguments.RequireText(name, nameof(name), "reminder name");
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ReminderEntry?>(cancellationToken);
        }

        lock (_lock)
        {
            return Task.FromResult(_reminders.GetValueOrDefault((grain.Type, grain.Key, name)));
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadForGrainAsync(GrainId grain, CancellationToken cancellationToken)
    {
        StorageArguments.RequireGrain(grain, nameof(grain));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<ReminderEntry>>(cancellationToken);
        }

        lock (_lock)
        {
            IReadOnlyList<ReminderEntry> entries =
            [
                .. _reminders.Values
                    .Where(r => r.Grain.Type == grain.Type && r.Grain.Key == grain.Key)
                    .OrderBy(r => r.Name, StringComparer.Ordinal),
            ];
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<ReminderEntry>>(cancellationToken);
        }

        lock (_lock)
        {
            IReadOnlyList<ReminderEntry> due =
            [
                .. _reminders.Values
                    .Where(r => r.DueAt <= until)
                    .OrderBy(r => r.DueAt)
                    .ThenBy(r => r.Grain.Type, StringComparer.Ordinal)
                    .ThenBy(r => r.Grain.Key, StringComparer.Ordinal)
                    .ThenBy(r => r.Name, StringComparer.Ordinal),
            ];
            return Task.FromResult(due);
        }
    }
}
