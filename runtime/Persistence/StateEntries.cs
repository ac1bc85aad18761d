using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Actors.Runtime.Persistence;

/// <summary>
/// The runtime's <see cref="IStateEntries{TEntry}"/>: the entries of one collection in their stored order,
/// and the keys changed since the last stored write. Entries are serialised only when a write stores
/// them, so a write costs what changed, not what the collection holds.
/// </summary>
internal sealed class StateEntries<TEntry> : IStateEntries<TEntry>, ITrackedEntries
{
    private readonly GrainStateKey _owner;
    private readonly string _name;

    // Insertion order is the stored order: entries are loaded in position order, and a new key is appended
    // with a position after every other. A linked list keeps that order with O(1) appends and removals (an
    // inbox drops its oldest notification with every new one; an ordered array would shift and re-index all).
    private readonly Dictionary<string, LinkedListNode<Slot>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Slot> _order = new();

    // Keys set or removed since the last stored write, each with the stamp of its latest change, so that a
    // change made while a write is in flight stays pending after that write.
    private readonly Dictionary<string, long> _changed = new(StringComparer.Ordinal);
    private long _lastStamp;
    private long _lastPosition;

    public StateEntries(GrainStateKey owner, string name, IReadOnlyList<StoredEntry> stored)
    {
        _owner = owner;
        _name = name;
        Load(stored);
    }

    public int Count => _entries.Count;

    public Type EntryType => typeof(TEntry);

    public bool TryGet(string key, [MaybeNullWhen(false)] out TEntry entry)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            entry = node.Value.Value;
            return true;
        }

        entry = default;
        return false;
    }

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public void Set(string key, TEntry entry)
    {
        StorageArguments.RequireEntryKey(key, nameof(key));
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry), $"Entry '{key}' of '{_name}' in state {_owner} cannot be null; remove it instead.");
        }

        if (_entries.TryGetValue(key, out var node))
        {
            node.Value = node.Value with { Value = entry };
        }
        else
        {
            _entries.Add(key, _order.AddLast(new Slot(++_lastPosition, entry)));
        }

        _changed[key] = ++_lastStamp;
    }

    public bool Remove(string key)
    {
        StorageArguments.RequireEntryKey(key, nameof(key));
        if (!_entries.Remove(key, out var node))
        {
            return false;
        }

        _order.Remove(node);

        _changed[key] = ++_lastStamp;
        return true;
    }

    public IEnumerator<TEntry> GetEnumerator()
    {
        foreach (var slot in _order)
        {
            yield return slot.Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public long AddChanges(List<EntryChange> changes)
    {
        foreach (var key in _changed.Keys)
        {
            changes.Add(_entries.TryGetValue(key, out var node)
                ? EntryChange.Stored(_name, key, node.Value.Position, JsonSerializer.SerializeToUtf8Bytes(node.Value.Value, StateJson.Options))
                : EntryChange.Removed(_name, key));
        }

        return _lastStamp;
    }

    public void MarkStored(long mark)
    {
        foreach (var (key, stamp) in _changed)
        {
            if (stamp <= mark)
            {
                _changed.Remove(key);
            }
        }
    }

    public void Load(IReadOnlyList<StoredEntry> stored)
    {
        _entries.Clear();
        _order.Clear();
        _changed.Clear();
        _lastPosition = 0;
        foreach (var entry in stored)
        {
            var value = JsonSerializer.Deserialize<TEntry>(entry.Payload.Span, StateJson.Options)
                ?? throw new InvalidOperationException($"Entry '{entry.Key}' of '{_name}' in state {_owner} is stored as JSON null.");
            _entries.Add(entry.Key, _order.AddLast(new Slot(entry.Position, value)));
            _lastPosition = Math.Max(_lastPosition, entry.Position);
        }
    }

    private readonly record struct Slot(long Position, TEntry Value);
}
